/// What a template may be called (issue 17): its name is a file name in the templates folder,
/// so it holds no `/`, does not start with a dot, holds no control character and is no longer
/// than a series' name. The command line and the planner hold a name to the same rule.
package enum TemplateName {
    /// The name trimmed, or nil when it cannot name a template.
    package static func cleaned(_ name: String) -> String? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= Limits.name, !name.contains("/"), !name.hasPrefix("."),
            !SafeText.containsUnsafe(name)
        else { return nil }
        return name
    }
}
