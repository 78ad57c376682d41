import DialoogCore

extension TemplateText {
    package var english: String {
        switch self {
        case .cliSeriesDuplicateAbstract:
            "Copy a series to give it again: the same method, agenda and checklist; no dates, attendance or records."
        case .cliOptionCopyName: "The copy's name (by default the old name with '(copy)')."
        case .cliTemplateAbstract: "Save a series as a template, list the templates, or start a series from one."
        case .cliTemplateSaveAbstract: "Save a series' plan as a template: without dates, names and facilitators."
        case .cliTemplateListAbstract: "List the saved templates."
        case .cliTemplateUseAbstract: "Start a new series from a template."
        case .cliTemplateNameArgument: "The template's name."
        case .cliOptionSeriesName: "The new series' name."
        case .copyName(let name): "\(name) (copy)"
        case .seriesDuplicated(let name, let id, let from): "Series '\(name)' created (\(id)) as a copy of '\(from)'."
        case .templateSaved(let name, let path, let replaced):
            replaced ? "Template '\(name)' replaced: \(path)." : "Template '\(name)' saved: \(path)."
        case .seriesFromTemplate(let name, let id, let template):
            "Series '\(name)' created (\(id)) from template '\(template)'; add its dates and facilitators."
        case .noTemplates(let folder):
            "No templates in \(folder) yet; save one with `dialoog plan template save SERIES NAME`."
        case .badTemplateName(let name):
            "'\(name)' cannot be a template's name: use letters, digits and spaces, no '/', not starting with a dot."
        case .templateNotFound(let name, let available):
            available.isEmpty
                ? "There is no template '\(name)'; there are no templates yet."
                : "There is no template '\(name)'; there are: \(available.map { "'\($0)'" }.joined(separator: ", "))."
        case .templateNotWritten(let path, let reason): "Cannot write the template to \(path): \(reason)."
        case .templateDamaged(let count):
            "\(count == 1 ? "1 mistake" : "\(count) mistakes") in the template; nothing was made. Correct the file or save the template again."
        }
    }
}
