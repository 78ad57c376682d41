import Foundation
import Testing

/// The `age` tool from Debian (`make deps` installs it), run as a person would. A missing tool
/// fails the test that needs it with the package to install: interop is not optional.
struct AgeTool {
    var status: Int32
    var stdout: Data
    var stderr: String

    static let folder = "/usr/bin"

    static func installed(_ name: String) -> Bool {
        let present = FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
        #expect(present, "\(folder)/\(name) is missing: install the Debian package 'age' (make deps)")
        return present
    }

    /// Runs `name arguments…` with `input` on stdin.
    init(_ name: String, _ arguments: [String], input: Data = Data()) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "\(Self.folder)/\(name)")
        process.arguments = arguments
        let (out, err, stdin) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }

    /// Runs `age arguments…` on a terminal of its own (`script`), since age reads a passphrase
    /// from the terminal only: each of `answers` is typed once the prompt had time to appear.
    static func onTerminal(_ arguments: [String], answers: [String]) throws -> AgeTool {
        let command = (["\(folder)/age"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let (out, stdin) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = out
        process.standardInput = stdin
        try process.run()
        for answer in answers {
            Thread.sleep(forTimeInterval: 0.4)
            stdin.fileHandleForWriting.write(Data((answer + "\n").utf8))
        }
        // script passes the end of its input on as Ctrl-D, after the answers were read.
        Thread.sleep(forTimeInterval: 0.4)
        try? stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return AgeTool(
            status: process.terminationStatus, stdout: Data(), stderr: String(decoding: output, as: UTF8.self))
    }

    private init(status: Int32, stdout: Data, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// A temporary folder for one test's files.
struct Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-age-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: url.appendingPathComponent(name))
        return path(name)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
