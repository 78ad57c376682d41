import DialoogCore
import Foundation

/// The planner's and the new-series form's templates (issue 17), through the same
/// `TemplateFolder` as `dialoog plan template save|list|use`: one way to write and read one.
extension EffectRunner {
    func runTemplate(_ effect: Effect) -> [Action] {
        switch effect {
        case .saveTemplate(let plan, let name, let replace):
            return saveTemplate(plan, name: name, replace: replace)
        case .listTemplates:
            guard let templateFolder else { return [.templatesListed([], folder: "")] }
            return [.templatesListed(TemplateFolder(path: templateFolder).names(), folder: displayPath(templateFolder))]
        case .readTemplate(let name):
            return readTemplate(name)
        case .createSeriesFromTemplate(let series, let starts, let template):
            do {
                let plan = template.started(as: series, starts: starts)
                try database.insertPlan(plan, now: clock.now())
                let stored = try database.plan(seriesId: plan.id) ?? plan
                return [.seriesLoaded(try database.seriesOverviews()), .planLoaded(stored)]
            } catch {
                return [.planFailed(failure(error))]
            }
        default:
            return []
        }
    }

    /// Writes the template, unless one of that name is there and `replace` is not said: then
    /// the planner asks first.
    private func saveTemplate(_ plan: SeriesPlan, name: String, replace: Bool) -> [Action] {
        guard let templateFolder else { return [.templateNotSaved(path: name, reason: "")] }
        let folder = TemplateFolder(path: templateFolder)
        if !replace, folder.exists(name) { return [.templateExists(name: name)] }
        do {
            let library = try currentLibrary()
            let saved = try folder.save(plan, name: name, library: library, calendar: calendar, now: clock.now())
            return [.templateSaved(name: name, path: displayPath(saved.path), replaced: saved.replaced)]
        } catch {
            if case .template(.templateNotWritten(let path, let reason)) = error {
                return [.templateNotSaved(path: displayPath(path), reason: reason)]
            }
            return [.templateNotSaved(path: displayPath(folder.file(name) ?? templateFolder), reason: "\(error)")]
        }
    }

    /// Reads the template as a plan; a file that is not one gives its mistakes, each
    /// `file:line: message`, and no plan.
    private func readTemplate(_ name: String) -> [Action] {
        guard let templateFolder else { return [] }
        let folder = TemplateFolder(path: templateFolder)
        let file = displayPath(folder.file(name) ?? templateFolder)
        do {
            let library = try currentLibrary()
            let read = try folder.plan(name, seriesName: name, library: library, calendar: calendar, now: clock.now())
            guard let plan = read.plan, read.diagnostics.isEmpty else {
                let unreadable = Diagnostic(file: file, line: 1, problem: .unreadable(.noAccess))
                return [.templateUnreadable(name: name, read.diagnostics.isEmpty ? [unreadable] : read.diagnostics)]
            }
            return [.templateRead(name: name, plan)]
        } catch .plan(.planFileNotUTF8) {
            return [.templateUnreadable(name: name, [Diagnostic(file: file, line: 1, problem: .unreadable(.notUTF8))])]
        } catch {
            return [.templateUnreadable(name: name, [Diagnostic(file: file, line: 1, problem: .unreadable(.noAccess))])]
        }
    }
}
