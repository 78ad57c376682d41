import DialoogCore

/// The words of `dialoog series duplicate` and `dialoog plan template`, in Dutch and English
/// (exhaustive switches, like `CommandText`).
package enum TemplateText: Equatable, Sendable {
    case cliSeriesDuplicateAbstract
    case cliOptionCopyName
    case cliTemplateAbstract
    case cliTemplateSaveAbstract
    case cliTemplateListAbstract
    case cliTemplateUseAbstract
    case cliTemplateNameArgument
    case cliOptionSeriesName
    /// The name a copy gets when none is given: "SMN voorjaar (kopie)".
    case copyName(String)
    case seriesDuplicated(name: String, id: String, from: String)
    case templateSaved(name: String, path: String, replaced: Bool)
    case seriesFromTemplate(name: String, id: String, template: String)
    case noTemplates(folder: String)
    /// A template name that cannot be a file name in the templates folder.
    case badTemplateName(String)
    case templateNotFound(String, available: [String])
    case templateNotWritten(path: String, reason: String)
    /// After the `file:line: message` lines of a template that cannot be read.
    case templateDamaged(Int)
}
