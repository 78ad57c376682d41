/// The colour themes a user can choose; `mono` is also chosen when the terminal has no colours.
package enum ThemeName: String, CaseIterable, Equatable, Sendable {
    case dark, light, mono
}
