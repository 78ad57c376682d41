import DialoogCore
import Foundation

/// Reads content files from disk into a layer for `ContentLoader`.
package enum ContentDisk {
    /// The files of one folder or one file. A folder that holds `methods/`, `content/` or
    /// `translations/` is read there only (so a checkout's `.build/` is never walked); any other
    /// folder is read whole.
    /// Paths are shown as `display` followed by the path inside the folder; what kind of file
    /// each is comes from its full path, so `htib.yaml` checked inside `methods/` is a
    /// methodology. A folder that cannot be read is reported, not skipped. nil when `path`
    /// does not exist. With `languages`, only the catalogs of those languages are read from a
    /// `translations/` folder (none for an empty set): a command that shows one language need
    /// not parse the others, which took half of its start.
    package static func layer(at path: String, display: String, languages: Set<String>? = nil) -> [ContentText]? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        let absolute = realPath(path)
        guard isFolder.boolValue else { return [read(path, display: display, location: absolute)] }

        let roots = ["methods", "content", "translations"].filter { fileManager.fileExists(atPath: join(path, $0)) }
        let folders = roots.isEmpty ? [""] : roots
        var texts: [ContentText] = []
        for folder in folders {
            let base = join(path, folder)
            if !fileManager.isReadableFile(atPath: base) {
                texts.append(unreadableFolder(join(display, folder)))
                continue
            }
            let entries = (fileManager.enumerator(atPath: base)?.allObjects as? [String]) ?? []
            for relative in entries.sorted()
            where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                if folder == "translations", let languages,
                    !languages.contains(String(relative.prefix { $0 != "/" }))
                {
                    continue
                }
                let inner = join(folder, relative)
                var isFolder: ObjCBool = false
                _ = fileManager.fileExists(atPath: join(path, inner), isDirectory: &isFolder)
                if isFolder.boolValue {
                    if !fileManager.isReadableFile(atPath: join(path, inner)) {
                        texts.append(unreadableFolder(join(display, inner)))
                    }
                    continue
                }
                // Only YAML files: a README or a backup beside them is not content.
                guard ContentFile.classify(join(absolute, inner)) != nil else { continue }
                texts.append(read(join(path, inner), display: join(display, inner), location: join(absolute, inner)))
            }
        }
        return texts
    }

    /// The real paths `layer(at:)` reads: a file, a folder's `methods/` and `content/`, or the
    /// folder itself.
    package static func readRoots(at path: String) -> [String] {
        let roots = ["methods", "content", "translations"].filter {
            FileManager.default.fileExists(atPath: join(path, $0))
        }
        return roots.isEmpty ? [realPath(path)] : roots.map { realPath(join(path, $0)) }
    }

    /// The absolute path without `.`, `..` or symbolic links: two names for one file are one file.
    package static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func read(_ path: String, display: String, location: String) -> ContentText {
        if let data = FileManager.default.contents(atPath: path) {
            if let text = String(data: data, encoding: .utf8) {
                return ContentText(path: display, text: text, location: location)
            }
            return ContentText(path: display, text: "", unreadable: .notUTF8, location: location)
        }
        return ContentText(
            path: display, text: "", unreadable: .noAccess, location: location)
    }

    private static func unreadableFolder(_ display: String) -> ContentText {
        ContentText(path: display + "/", text: "", unreadable: .folder)
    }

    private static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
