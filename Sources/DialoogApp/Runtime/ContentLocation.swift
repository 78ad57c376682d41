import DialoogCore
import DialoogFiles
import Foundation

/// Where dialoog finds `methods/` and `content/`: the shipped folders (`$DIALOOG_SHARE`, else
/// `<prefix>/share/dialoog` next to an installed binary, else the checkout a `swift run` binary
/// was built in), then the user's `$XDG_CONFIG_HOME/dialoog/`, then each `--content DIR`.
package struct ContentLocation: Equatable, Sendable {
    package var shipped: String
    package var user: String?
    package var extra: [String]

    /// Finds the folders, or says where it looked.
    package static func find(
        environment: AppEnvironment, extra: [String], executable: String = ContentLocation.executablePath()
    ) throws(CLIError) -> ContentLocation {
        let fileManager = FileManager.default
        var looked: [String] = []
        var shipped: String?
        if let share = environment.variables["DIALOOG_SHARE"], !share.isEmpty {
            looked.append(share)
            if fileManager.fileExists(atPath: share + "/methods") { shipped = share }
        } else {
            var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            while shipped == nil {
                let installed = folder.appendingPathComponent("share/dialoog").path
                looked.append(installed)
                if fileManager.fileExists(atPath: installed + "/methods") {
                    shipped = installed
                } else if ["methods", "content", "Package.swift"].allSatisfy({
                    fileManager.fileExists(atPath: folder.appendingPathComponent($0).path)
                }) {
                    shipped = folder.path
                }
                if folder.path == "/" { break }
                folder.deleteLastPathComponent()
            }
        }
        guard let shipped else { throw .contentNotFound(looked: looked.map(environment.displayPath)) }
        for folder in extra where !fileManager.fileExists(atPath: folder) {
            throw .contentFolderMissing(folder)
        }
        let user = environment.userContentFolder
        return ContentLocation(shipped: shipped, user: fileManager.fileExists(atPath: user) ? user : nil, extra: extra)
    }

    /// Reads every folder, shipped first, and any `paths` a `check` names last. A folder or file
    /// that an earlier layer already read is not read again: `dialoog check methods/htib.yaml`
    /// in the checkout checks that file once, not once more as a replacement of itself.
    package func load(environment: AppEnvironment, paths: [String] = [], languages: Set<String>? = nil)
        -> LoadedContent
    {
        let cwd = FileManager.default.currentDirectoryPath
        var layers: [[ContentText]] = []
        var read: [String] = []
        func add(_ path: String, display: String) {
            let roots = ContentDisk.readRoots(at: path)
            let covered = roots.allSatisfy { root in read.contains { root == $0 || root.hasPrefix($0 + "/") } }
            guard !covered, let layer = ContentDisk.layer(at: path, display: display, languages: languages) else {
                return
            }
            layers.append(layer)
            read += roots
        }
        add(shipped, display: shipped == cwd ? "" : environment.displayPath(shipped))
        if let user { add(user, display: environment.displayPath(user)) }
        for folder in extra + paths { add(folder, display: folder) }
        return ContentLoader.load(layers: layers)
    }

    package static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

extension AppEnvironment {
    /// `$XDG_CONFIG_HOME/dialoog`, falling back to `~/.config/dialoog`.
    package var userContentFolder: String {
        if let xdg = variables["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/dialoog" }
        return home + "/.config/dialoog"
    }
}
