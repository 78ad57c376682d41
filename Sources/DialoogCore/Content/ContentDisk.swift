import Foundation

/// Reads content files from disk into a layer for `ContentLoader`.
package enum ContentDisk {
    /// The files of one folder or one file. A folder that holds `methods/` or `content/` is read
    /// there only (so a checkout's `.build/` is never walked); any other folder is read whole.
    /// Paths are shown as `display` followed by the path inside the folder. nil when `path` does
    /// not exist.
    package static func layer(at path: String, display: String) -> [ContentText]? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [read(path, display: display)] }

        let roots = ["methods", "content"].filter { fileManager.fileExists(atPath: join(path, $0)) }
        let folders = roots.isEmpty ? [""] : roots
        var texts: [ContentText] = []
        for folder in folders {
            let base = join(path, folder)
            let files = (fileManager.enumerator(atPath: base)?.allObjects as? [String]) ?? []
            for relative in files.sorted() where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            {
                let inner = join(folder, relative)
                // Only YAML files: a README or a backup beside them is not content.
                guard ContentFile.classify(inner) != nil else { continue }
                texts.append(read(join(path, inner), display: join(display, inner)))
            }
        }
        return texts
    }

    private static func read(_ path: String, display: String) -> ContentText {
        if let data = FileManager.default.contents(atPath: path) {
            if let text = String(data: data, encoding: .utf8) { return ContentText(path: display, text: text) }
            return ContentText(path: display, text: "", unreadable: "het is geen UTF-8-tekst")
        }
        return ContentText(path: display, text: "", unreadable: "geen leesrechten of geen gewoon bestand")
    }

    private static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
