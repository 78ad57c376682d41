import DialoogCore
import DialoogTUI

/// The key bindings as a table, per input mode, as plain text or Markdown.
package enum KeyTable {
    package static func render(keymap: Keymap, language: Language, format: KeysCommand.Format) -> String {
        var out = ""
        for mode in InputMode.allCases {
            let lines = HelpOverlay.lines(for: mode, keymap: keymap, language: language, ascii: false)
            guard !lines.isEmpty else { continue }
            let title = Text.modeName(mode).localized(language)
            switch format {
            case .md:
                out += "**\(title)**\n\n"
                out +=
                    "| \(CommandText.keysColumn.localized(language)) | \(CommandText.actionColumn.localized(language)) |\n|---|---|\n"
                for case .binding(let keys, let help) in lines {
                    let quoted = keys.split(separator: " ").map { "`\($0 == "|" ? "\\|" : String($0))`" }
                    out += "| \(quoted.joined(separator: " ")) | \(help.replacingOccurrences(of: "|", with: "\\|")) |\n"
                }
                out += "\n"
            case .text:
                out += title + "\n"
                let width = HelpOverlay.keyColumnWidth(lines)
                for case .binding(let keys, let help) in lines {
                    out += "  " + TextWidth.pad(keys, to: width) + "  " + help + "\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
