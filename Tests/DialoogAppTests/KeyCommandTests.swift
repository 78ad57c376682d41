import DialoogAppTestSupport
import Foundation
import Testing

/// `dialoog key new|show`, run as the built binary: where the key goes, who may read it, that
/// it is never replaced, and that the `age` tool reads it.
@Suite("Key command")
struct KeyCommandTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-key-\(UUID().uuidString)")
    var data: String { home.appendingPathComponent("data").path }
    var keyPath: String { data + "/dialoog/keys/coordinator.age-key" }

    func key(_ arguments: [String], language: String = "nl") throws -> Run {
        try Run(
            ["key"] + arguments + ["--lang", language],
            environment: ["XDG_DATA_HOME": data, "DIALOOG_NOW": "2026-12-07T10:00"], home: home)
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func newMakesAPrivateKeyInTheDataFolderAndPrintsThePublicKey() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try key(["new"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains("coordinator.age-key"))
        #expect(lines[1].hasPrefix("age1") && lines[1].count == 62)
        #expect(lines[2].contains("gespreksleiders") && lines[2].contains("verlaat deze laptop nooit"))
        #expect(try mode(keyPath) == 0o600)
        #expect(try mode(data + "/dialoog/keys") == 0o700)
        let text = try String(contentsOfFile: keyPath, encoding: .utf8)
        #expect(text.hasPrefix("# created: 2026-12-07T"))
        #expect(text.contains("# public key: \(lines[1])\n"))
        #expect(text.split(separator: "\n").last?.hasPrefix("AGE-SECRET-KEY-1") == true)
        // The secret never reaches the terminal.
        #expect(!run.stdout.contains("AGE-SECRET-KEY"))
        let show = try key(["show"])
        #expect(show.status == 0)
        #expect(show.stdout == lines[1] + "\n")
        #expect(show.stderr.isEmpty)
    }

    @Test func anExistingKeyIsNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try key(["new"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        let again = try key(["new"], language: "en")
        #expect(again.status == 73)
        #expect(again.stderr.contains("There is a key in") && again.stderr.contains("--output"))
        #expect(again.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: keyPath)) == before)
        // Nor is any other file given as --output, and no temporary file is left beside it.
        let other = home.appendingPathComponent("notes.txt").path
        try Data("mijn aantekeningen".utf8).write(to: URL(fileURLWithPath: other))
        #expect(try key(["new", "--output", other]).status == 73)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "mijn aantekeningen")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).sorted() == ["data", "notes.txt"])
    }

    @Test func theKeyIsPrivateWhateverTheUmask() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        for (mask, name) in [("000", "open.age-key"), ("277", "closed.age-key")] {
            let path = home.appendingPathComponent("k/\(name)").path
            try FileManager.default.createDirectory(
                atPath: home.appendingPathComponent("k").path, withIntermediateDirectories: true)
            let run = try Run(
                ["-c", "umask \(mask); exec \"$0\" key new --output \"$1\"", Run.binary.path, path],
                environment: ["XDG_DATA_HOME": data], home: home, binary: URL(fileURLWithPath: "/bin/sh"))
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try mode(path) == 0o600, "umask \(mask)")
        }
        let run = try Run(
            ["-c", "umask 000; exec \"$0\" key new", Run.binary.path], environment: ["XDG_DATA_HOME": data],
            home: home, binary: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.status == 0)
        #expect(try mode(data + "/dialoog/keys") == 0o700)
        #expect(try mode(keyPath) == 0o600)
    }

    @Test func showSaysWhatIsWrongWithTheKeyFile() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let missing = try key(["show"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("dialoog key new"))
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let bad = home.appendingPathComponent("bad.age-key").path
        try Data("# created: gisteren\nAGE-SECRET-KEY-1QQQQ\n".utf8).write(to: URL(fileURLWithPath: bad))
        let run = try key(["show", "--identity", bad])
        #expect(run.status == 65)
        #expect(run.stderr == "\(bad):2: geen geldige geheime sleutel (die begint met AGE-SECRET-KEY-1).\n")
        #expect(run.stdout.isEmpty)
        // A key others may read is shown, with a warning how to make it private.
        let open = home.appendingPathComponent("open.age-key").path
        #expect(try key(["new", "--output", open]).status == 0)
        chmod(open, 0o644)
        let warned = try key(["show", "-i", open])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("chmod 600"))
    }

    @Test func oddPathsAndGarbageAreRefusedWithoutAKeyBeingMade() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // A folder that is not there, a folder given as the key, binary garbage, a dangling symlink.
        let nowhere = try key(["new", "--output", home.appendingPathComponent("geen/map/key").path])
        #expect(nowhere.status == 73)
        #expect(nowhere.stdout.isEmpty)
        #expect(try key(["show", "--identity", home.path]).status == 66)
        let garbage = home.appendingPathComponent("garbage").path
        try Data([0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A, 0x0A]).write(to: URL(fileURLWithPath: garbage))
        let read = try key(["show", "--identity", garbage])
        #expect(read.status == 65)
        #expect(read.stderr.hasPrefix("\(garbage):1: "))
        #expect(!read.stderr.contains("\u{1B}"))
        let link = home.appendingPathComponent("link.age-key").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: home.appendingPathComponent("x").path)
        #expect(try key(["new", "--output", link]).status == 73)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("x").path))
    }

    @Test func theAgeToolReadsTheKeyFile() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let made = try key(["new"])
        #expect(made.status == 0)
        let publicKey = String(made.stdout.split(separator: "\n")[1])
        #expect(
            FileManager.default.isExecutableFile(atPath: "/usr/bin/age"),
            "/usr/bin/age is missing: install the Debian package 'age' (make deps)")
        let secret = home.appendingPathComponent("secret.txt").path
        let sealed = home.appendingPathComponent("secret.age").path
        try Data("vijf bijeenkomsten".utf8).write(to: URL(fileURLWithPath: secret))
        let encrypt = try Run(["-r", publicKey, "-o", sealed, secret], binary: URL(fileURLWithPath: "/usr/bin/age"))
        #expect(encrypt.status == 0, "\(encrypt.stderr)")
        let decrypt = try Run(["-d", "-i", keyPath, sealed], binary: URL(fileURLWithPath: "/usr/bin/age"))
        #expect(decrypt.status == 0, "\(decrypt.stderr)")
        #expect(decrypt.stdout == "vijf bijeenkomsten")
        let derived = try Run(["-y", keyPath], binary: URL(fileURLWithPath: "/usr/bin/age-keygen"))
        #expect(derived.stdout == publicKey + "\n")
        // And the reverse: a key file age-keygen made is one dialoog reads.
        let theirs = home.appendingPathComponent("theirs.age-key").path
        let made2 = try Run(["-o", theirs], binary: URL(fileURLWithPath: "/usr/bin/age-keygen"))
        #expect(made2.status == 0, "\(made2.stderr)")
        let shown = try key(["show", "--identity", theirs])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout == (try Run(["-y", theirs], binary: URL(fileURLWithPath: "/usr/bin/age-keygen"))).stdout)
        #expect(shown.stderr.isEmpty)
    }
}
