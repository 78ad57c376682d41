/// The element `step` places after `current` in `all`, going round; the first when `current`
/// is not in it. Every choice that ←/→ step through (block kinds, forms, themes, venues,
/// signal categories) goes round this way.
func cycled<T: Equatable>(_ all: [T], from current: T, by step: Int) -> T {
    guard let index = all.firstIndex(of: current) else { return all[0] }
    return all[((index + step) % all.count + all.count) % all.count]
}
