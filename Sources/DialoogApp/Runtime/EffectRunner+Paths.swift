import DialoogCore
import Foundation

extension EffectRunner {
    /// A folder's names for Tab in a path field, each marked when it is a folder (a link to
    /// one counts); nil when the folder cannot be read.
    static func folder(_ path: String) -> [PathCompletion.Entry]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.map { name in
            var isFolder: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            return PathCompletion.Entry(
                name,
                isFolder: FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) && isFolder.boolValue)
        }
    }

    /// A typed path with `~` as the home folder of the environment (`HOME`), as Tab completed
    /// it; Foundation's own expansion asks the password file and may name another folder.
    func expanded(_ typed: String) -> String {
        guard typed == "~" || typed.hasPrefix("~/") else { return (typed as NSString).expandingTildeInPath }
        return (environment?.home ?? NSHomeDirectory()) + typed.dropFirst()
    }
}
