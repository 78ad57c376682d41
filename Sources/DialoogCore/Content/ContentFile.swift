/// What a YAML file under `methods/` or `content/` holds, decided by where it lies.
package enum ContentFile: Equatable, Sendable {
    case commonBase
    case methodology(id: String)
    /// `methods/variants/<method>.yaml`: the group variants of one methodology's agenda.
    case variants(method: String)
    case theme(id: String)
    case prompts(group: String)
    case help(id: String)
    case glossary
    /// `content/als-iemand-iets-vertelt.yaml`: what to do when someone discloses.
    case disclosure
    /// `translations/<language>/<source>`: one language's words for the Dutch file `source`.
    case translation(language: String, source: String)

    /// The id the file's name gives, for the kinds whose file holds one thing.
    var id: String? {
        switch self {
        case .methodology(let id), .theme(let id), .help(let id): id
        case .commonBase, .prompts, .glossary, .disclosure, .translation, .variants: nil
        }
    }

    /// The Dutch file as a translation catalog's `source` names it, without its extension
    /// (`content/themes/opvoeding`); nil for a catalog itself.
    var sourceKey: String? {
        switch self {
        case .commonBase: "methods/basis"
        case .methodology(let id): "methods/\(id)"
        case .variants(let method): "methods/variants/\(method)"
        case .theme(let id): "content/themes/\(id)"
        case .prompts(let group): "content/prompts/\(group)"
        case .help(let id): "content/hulp/\(id)"
        case .glossary: "content/begrippen"
        case .disclosure: "content/als-iemand-iets-vertelt"
        case .translation: nil
        }
    }

    /// The places a content file can be, for the message about a file that is anywhere else.
    package static let expectedPlaces = [
        "methods/<id>.yaml", "methods/basis.yaml", "methods/variants/<id>.yaml", "content/themes/<id>.yaml",
        "content/prompts/<naam>.yaml",
        "content/hulp/<id>.yaml", "content/als-iemand-iets-vertelt.yaml", "content/begrippen.yaml",
        "translations/<lang>/<...>.yaml",
    ]

    /// Classifies a path by its last components, so `methods/htib.yaml`, `./methods/htib.yaml` and
    /// `/home/x/.config/dialoog/methods/htib.yaml` all mean the same thing. nil when it is not a
    /// YAML file; `.failure` when it is one in a place dialoog does not know.
    package static func classify(_ path: String) -> Result<ContentFile, ContentProblem>? {
        let parts = path.split(separator: "/").map(String.init)
        guard let name = parts.last, let stem = yamlStem(name) else { return nil }
        // A catalog mirrors its Dutch file under `translations/<language>/`; the nearest
        // `translations` whose rest is a content file's place decides.
        for index in parts.indices.reversed() where parts[index] == "translations" && index + 2 < parts.count {
            let source = parts[(index + 2)...].joined(separator: "/")
            if case .success(let kind)? = classify(source), kind.sourceKey != nil {
                return .success(.translation(language: parts[index + 1], source: source))
            }
        }
        let parent = parts.count > 1 ? parts[parts.count - 2] : ""
        let grandparent = parts.count > 2 ? parts[parts.count - 3] : ""
        switch (grandparent, parent, stem) {
        case (_, "methods", "basis"): return .success(.commonBase)
        case ("methods", "variants", _): return .success(.variants(method: stem))
        case (_, "methods", _): return .success(.methodology(id: stem))
        case ("content", "themes", _): return .success(.theme(id: stem))
        case ("content", "prompts", _): return .success(.prompts(group: stem))
        case ("content", "hulp", _): return .success(.help(id: stem))
        case (_, "content", "begrippen"): return .success(.glossary)
        case (_, "content", "als-iemand-iets-vertelt"): return .success(.disclosure)
        default: return .failure(.unknownFile)
        }
    }

    private static func yamlStem(_ name: String) -> String? {
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }
}
