import DialoogCore

/// The local help form's keys, over the bibliotheek: the keys of the new-series form.
extension Keymap {
    static func localHelp() -> [Binding] {
        let bind = binding
        return [InputMode.localHelp, .localHelpText].flatMap { mode in
            let choosing = mode == .localHelp
            return [
                bind(mode, [.tab, .down], .nextField, true),
                bind(mode, [.backTab, .up], .previousField, false),
            ]
                + (choosing
                    ? [
                        bind(mode, [.left], .previousChoice, true),
                        bind(mode, [.right], .nextChoice, true),
                    ] : [])
                + [
                    bind(mode, [.enter], .confirm, true),
                    bind(mode, [.escape], .closeOverlay, true),
                ]
                + (choosing ? [] : [bind(mode, [.backspace, .control("h")], .deleteBackward, false)])
                + [
                    bind(mode, choosing ? [.character("?"), .function(1)] : [.function(1)], .help, false),
                    bind(mode, [.control("l")], .redraw, false),
                ]
        }
    }
}
