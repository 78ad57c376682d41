import Foundation

/// "Als iemand iets vertelt" (`content/als-iemand-iets-vertelt.yaml`): what a gespreksleider does
/// in the minutes after someone discloses violence, coercion or danger. A short part that reads
/// in 30 seconds, and the full points; every line names the source lines it rests on. Its
/// English lives in `translations/en/content/als-iemand-iets-vertelt.yaml`, as every file's does.
package struct DisclosureGuide: Equatable, Codable, Sendable {
    /// One line of the short part.
    package struct Line: Equatable, Codable, Sendable {
        package var text: String
        package var source: [SourceLines]
    }

    /// One point of the full text.
    package struct Point: Equatable, Codable, Sendable {
        package var name: String
        package var text: String
        package var source: [SourceLines]
    }

    package var title: String
    package var short: [Line]
    package var points: [Point]
    package var origin: ContentOrigin
}

/// Lines of a source document, as `000:1482-1531`: the document's number and a line or a range.
package struct SourceLines: Equatable, Codable, Sendable, CustomStringConvertible {
    package var document: String
    package var first: Int
    package var last: Int

    /// Reads `000:1482-1531, 004:982` into its parts; nil when any part cannot be read.
    package static func parse(_ text: String) -> [SourceLines]? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return nil }
        var result: [SourceLines] = []
        for part in parts {
            let halves = part.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count == 2, halves[0].count == 3, halves[0].allSatisfy(\.isNumber) else { return nil }
            let range = halves[1].split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(range.count), let first = Int(range[0]), let last = Int(range.last!), first >= 1,
                last >= first
            else { return nil }
            result.append(SourceLines(document: String(halves[0]), first: first, last: last))
        }
        return result
    }

    package var description: String { first == last ? "\(document):\(first)" : "\(document):\(first)-\(last)" }
}

extension [SourceLines] {
    /// `000:1482-1531, 004:982-985`, as written in the file.
    package var text: String { map(\.description).joined(separator: ", ") }
}
