import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where templates live (issue 17): one plan file per template, `NAAM.yaml`, in
/// `$XDG_DATA_HOME/dialoog/sjablonen/`, listed by name and written atomically. A template is
/// `PlanFile.encode(plan.template(…), template: true)`: the plan export format without ids and
/// dates, so a trainer can read, edit and pass it on like any plan file.
package struct TemplateFolder: Sendable {
    package let path: String

    package init(path: String) { self.path = path }

    package init(environment: AppEnvironment) { path = environment.dataFolder + "/sjablonen" }

    static let suffix = ".yaml"

    /// The file of the template called `name`; nil when the name cannot be a file name here
    /// (empty, a `/`, a leading dot, a control character, too long).
    package func file(_ name: String) -> String? {
        TemplateName.cleaned(name).map { path + "/" + $0 + Self.suffix }
    }

    /// The templates' names, sorted as a Dutch reader expects; none when there is no folder.
    package func names() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return
            entries
            .filter { $0.hasSuffix(Self.suffix) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(Self.suffix.count)) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// Writes `plan` as the template `name`: what a template keeps of it (`SeriesPlan.template`)
    /// in the plan file format. The command line and the planner both save this way.
    package func save(
        _ plan: SeriesPlan, name: String, library: Library, calendar: LocalCalendar, now: Date
    ) throws(CLIError) -> (path: String, replaced: Bool) {
        let name = name.trimmingCharacters(in: .whitespaces)
        let text = PlanFile.encode(
            plan.template(name: name, now: now), library: library, calendar: calendar, template: true)
        return try save(text, name: name)
    }

    /// Whether a template called `name` is there.
    package func exists(_ name: String) -> Bool {
        file(name).map { FileManager.default.fileExists(atPath: $0) } ?? false
    }

    /// Writes `text` as the template `name`, making the folder (0700) when needed.
    /// Returns whether an older template of that name was replaced.
    package func save(_ text: String, name: String) throws(CLIError) -> (path: String, replaced: Bool) {
        guard let file = file(name) else { throw .template(.badTemplateName(name)) }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .template(.templateNotWritten(path: file, reason: String(cString: strerror(EACCES))))
        }
        let replaced = FileManager.default.fileExists(atPath: file)
        if let failure = AtomicFile.write(Array(text.utf8), to: file) {
            throw .template(.templateNotWritten(path: file, reason: String(cString: strerror(failure))))
        }
        return (file, replaced)
    }

    /// The template `name` read as a plan, made new (`SeriesPlan.duplicate`) under `seriesName`.
    /// A damaged file gives its `file:line: message` diagnostics and no plan.
    package func plan(
        _ name: String, seriesName: String, library: Library, calendar: LocalCalendar, now: Date
    ) throws(CLIError) -> (plan: SeriesPlan?, diagnostics: [Diagnostic]) {
        guard let file = file(name) else { throw .template(.badTemplateName(name)) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .template(.templateNotFound(name, available: names()))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .plan(.planFileNotUTF8(file)) }
        let decoded = PlanFile.decode(text, path: file, library: library, calendar: calendar, template: true)
        return (decoded.plan?.duplicate(name: seriesName, now: now), decoded.diagnostics)
    }
}
