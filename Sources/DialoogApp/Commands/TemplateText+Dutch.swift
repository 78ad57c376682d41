import DialoogCore

extension TemplateText: Words {
    package var dutch: String {
        switch self {
        case .cliSeriesDuplicateAbstract:
            "Maak een kopie van een serie om opnieuw te geven: zelfde methodiek, agenda en checklist; geen data, aanwezigheid of verslagen."
        case .cliOptionCopyName: "Naam van de kopie (standaard de oude naam met '(kopie)')."
        case .cliTemplateAbstract:
            "Bewaar een serie als sjabloon, toon de sjablonen, of begin een serie naar een sjabloon."
        case .cliTemplateSaveAbstract:
            "Bewaar het plan van een serie als sjabloon: zonder data, namen en gespreksleiders."
        case .cliTemplateListAbstract: "Toon de bewaarde sjablonen."
        case .cliTemplateUseAbstract: "Begin een nieuwe serie naar een sjabloon."
        case .cliTemplateNameArgument: "Naam van het sjabloon."
        case .cliOptionSeriesName: "Naam van de nieuwe serie."
        case .copyName(let name): "\(name) (kopie)"
        case .seriesDuplicated(let name, let id, let from): "Serie '\(name)' gemaakt (\(id)) als kopie van '\(from)'."
        case .templateSaved(let name, let path, let replaced):
            replaced ? "Sjabloon '\(name)' vervangen: \(path)." : "Sjabloon '\(name)' bewaard: \(path)."
        case .seriesFromTemplate(let name, let id, let template):
            "Serie '\(name)' gemaakt (\(id)) naar sjabloon '\(template)'; zet er nog data en gespreksleiders bij."
        case .noTemplates(let folder):
            "Nog geen sjablonen in \(folder); bewaar er een met `dialoog plan template save SERIE NAAM`."
        case .badTemplateName(let name):
            "'\(name)' kan geen naam van een sjabloon zijn: gebruik letters, cijfers en spaties, zonder '/' en niet beginnend met een punt."
        case .templateNotFound(let name, let available):
            available.isEmpty
                ? "Er is geen sjabloon '\(name)'; er zijn nog geen sjablonen."
                : "Er is geen sjabloon '\(name)'; er zijn: \(available.map { "'\($0)'" }.joined(separator: ", "))."
        case .templateNotWritten(let path, let reason): "Kan het sjabloon niet schrijven naar \(path): \(reason)."
        case .templateDamaged(let count):
            "\(count == 1 ? "1 fout" : "\(count) fouten") in het sjabloon; er is niets gemaakt. Verbeter het bestand of bewaar het sjabloon opnieuw."
        }
    }
}
