import DialoogCore
import Foundation
import Testing

/// Every agenda element of every shipped method says whose it is, and an organisation's own
/// element points at lines inside the part of the source document the method itself cites.
@Suite("Shipped provenance")
struct ShippedProvenanceTests {
    static var methods: [Methodology] {
        ShippedContentTests.methodIDs.compactMap { ShippedContentTests.library.method($0) }
    }

    /// "1648-1732, 756-772" as closed ranges.
    static func ranges(_ text: String) -> [ClosedRange<Int>] {
        text.split(separator: ",").compactMap { part in
            let bounds = part.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let first = bounds.first, let last = bounds.last, first <= last else { return nil }
            return first...last
        }
    }

    @Test func everyBlockAndQuestionSaysWhoseItIs() {
        #expect(Self.methods.count == ShippedContentTests.methodIDs.count)
        for method in Self.methods {
            for meeting in method.meetings {
                for block in meeting.agenda {
                    #expect(
                        block.questionProvenance.count == block.questions.count,
                        "\(method.id) \(meeting.number) \(block.title)")
                    #expect(block.provenance != .trainer)
                    #expect(!block.questionProvenance.contains(.trainer))
                }
            }
        }
    }

    @Test func theOrganisationsOwnLiesInsideTheSectionTheMethodCites() throws {
        for method in Self.methods {
            let cited = Self.ranges(try #require(method.source.lines, "\(method.id) cites no lines"))
            let elements = method.meetings.flatMap(\.agenda).flatMap { [$0.provenance] + $0.questionProvenance }
            let own = elements.compactMap(\.lines)
            #expect(!own.isEmpty, "\(method.id): nothing is the organisation's own")
            for lines in own {
                for range in Self.ranges(lines) {
                    #expect(
                        cited.contains { $0.contains(range.lowerBound) && $0.contains(range.upperBound) },
                        "\(method.id): \(lines) is outside \(method.source.lines ?? "")")
                }
            }
        }
    }

    /// Icebreakers, breaks and homework assignments are dialoog's proposals in every method: no
    /// source describes them for one organisation. (A closing block with homework may still be
    /// the organisation's way of closing, as HTIB's summary and next steps are; its assignment is not.)
    @Test func welcomesBreaksAndHomeworkAreDialoogsProposals() {
        for method in Self.methods {
            for block in method.meetings.flatMap(\.agenda) {
                if [.welkom, .pauze].contains(block.kind) {
                    #expect(block.provenance == .dialoog, "\(method.id): \(block.title)")
                }
                for (index, question) in block.questions.enumerated() where question.hasPrefix("Opdracht") {
                    #expect(block.provenance(ofQuestion: index) == .dialoog, "\(method.id): \(question)")
                }
            }
        }
    }
}
