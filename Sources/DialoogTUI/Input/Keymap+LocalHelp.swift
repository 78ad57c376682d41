import DialoogCore

/// The local help form's keys, over the bibliotheek: the keys of the new-series form, with
/// nothing to tick.
extension Keymap {
    static func localHelp() -> [Binding] {
        form(choosing: .localHelp, typing: .localHelpText, toggles: false)
    }
}
