import Foundation

/// Runs the built `dialoog` binary, as a user or a script would.
package struct Run {
    package var status: Int32
    package var stdout: String
    package var stderr: String

    /// The binary beside this test bundle (both live in the build folder), or `DIALOOG_BIN`.
    package static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["DIALOOG_BIN"] { return URL(fileURLWithPath: path) }
        let me = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("dialoog")
    }

    package init(
        _ arguments: [String], environment extra: [String: String] = [:], home: URL? = nil, binary: URL = binary,
        workingDirectory: URL? = nil
    ) throws {
        let process = Process()
        process.executableURL = binary
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.arguments = arguments
        let home =
            home ?? FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-cli-\(UUID().uuidString)")
        // A clean environment: no LANG from the developer's machine decides the language.
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color"].merging(extra) {
            $1
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}
