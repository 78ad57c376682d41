import DialoogAppTestSupport
import Foundation
import Testing

/// Bundles and backups encrypted with age, as the built binary writes and reads them: to the
/// coordinator's key from `dialoog key new`, to a passphrase, and against the `age` tool from
/// Debian in both directions. Whatever cannot be opened is refused with exit 65 and the store
/// stays byte for byte as it was.
@Suite("Encrypted bundles")
struct EncryptedBundleTests {
    static let age = URL(fileURLWithPath: "/usr/bin/age")

    private func laptopWithSeries(_ purpose: String, name: String = "Vrouwen Schilderswijk") throws -> Laptop {
        let laptop = Laptop(purpose)
        let made = try laptop.run([
            "series", "new", "--method", "htib", "--name", name, "--organisation", "HTIB",
            "--dates", "2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        return laptop
    }

    /// A coordinator's laptop with a key from `dialoog key new`, and its public key.
    private func coordinator(_ purpose: String) throws -> (Laptop, String) {
        let laptop = try laptopWithSeries(purpose, name: "Jongeren Feijenoord")
        let made = try laptop.run(["key", "new"])
        #expect(made.status == 0, "\(made.stderr)")
        let lines = made.stdout.split(separator: "\n")
        return (laptop, lines.count > 1 ? String(lines[1]) : "")
    }

    private func keyPath(_ laptop: Laptop) -> String {
        laptop.folder.appendingPathComponent(".local/share/dialoog/keys/coordinator.age-key").path
    }

    private func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func aBundleToTheCoordinatorsKeyOpensWithTheStoredKeyAndWithAge() throws {
        let a = try laptopWithSeries("age-key-a")
        let (c, publicKey) = try coordinator("age-key-c")
        defer { (a.remove(), c.remove()) }
        #expect(publicKey.hasPrefix("age1"))
        let file = a.folder.appendingPathComponent("a.age").path
        let made = try a.run(["export", "--output", file, "--to", publicKey, "--with-names"])
        #expect(made.status == 0, "\(made.stderr)")
        let sealed = bytes(file)
        #expect(sealed.starts(with: Data("age-encryption.org/v1\n".utf8)))
        #expect(sealed.range(of: Data("Schilderswijk".utf8)) == nil, "the name is not readable in the file")
        let opened = try Run(["-d", "-i", keyPath(c), file], binary: Self.age)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("\"dialoog-bundle\"") && opened.stdout.contains("Vrouwen Schilderswijk"))
        let imported = try c.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Vrouwen Schilderswijk"))
        #expect(try c.count("SELECT COUNT(*) FROM series") == 2)
        let again = try c.run(["import", file, "--identity", keyPath(c)])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Niets veranderd"))
    }

    @Test func aBundleTheAgeToolEncryptedImports() throws {
        let a = try laptopWithSeries("age-tool-a")
        let (c, publicKey) = try coordinator("age-tool-c")
        defer { (a.remove(), c.remove()) }
        let plain = a.folder.appendingPathComponent("a.json").path
        #expect(try a.run(["export", "--plain", "--output", plain]).status == 0)
        let sealed = a.folder.appendingPathComponent("a.json.age").path
        let encrypted = try Run(["-r", publicKey, "-o", sealed, plain], binary: Self.age)
        #expect(encrypted.status == 0, "\(encrypted.stderr)")
        let imported = try c.run(["import", sealed])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try c.count("SELECT COUNT(*) FROM series") == 2)
    }

    @Test func aPassphraseBundleRoundTripsAndAWrongOneIsRefused() throws {
        let a = try laptopWithSeries("age-pass-a")
        let c = try laptopWithSeries("age-pass-c", name: "Jongeren Feijenoord")
        defer { (a.remove(), c.remove()) }
        let right = try a.write("right.txt", "groene thee om acht uur\n")
        let wrong = try a.write("wrong.txt", "groene thee om negen uur\n")
        let file = a.folder.appendingPathComponent("a.age").path
        let made = try a.run(["export", "--output", file, "--passphrase-file", right])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(bytes(file).starts(with: Data("age-encryption.org/v1\n-> scrypt ".utf8)))
        let before = bytes(c.db)
        let refused = try c.run(["import", file, "--passphrase-file", wrong])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("het wachtwoord klopt niet"), "\(refused.stderr)")
        // No passphrase and no terminal to ask on: a usage error, not a guess.
        let unasked = try c.run(["import", file])
        #expect(unasked.status == 64, "\(unasked.stderr)")
        #expect(bytes(c.db) == before, "the store is byte for byte as it was")
        let imported = try c.run(["import", file, "--passphrase-file", right])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try c.count("SELECT COUNT(*) FROM series") == 2)
    }

    @Test func aWrongKeyATruncatedOrAnAlteredBundleImportsNothing() throws {
        let a = try laptopWithSeries("age-bad-a")
        let (c, publicKey) = try coordinator("age-bad-c")
        let (other, _) = try coordinator("age-bad-o")
        let stranger = try laptopWithSeries("age-bad-s", name: "Ouderen Transvaal")
        defer { (a.remove(), c.remove(), other.remove(), stranger.remove()) }
        let file = a.folder.appendingPathComponent("a.age").path
        #expect(try a.run(["export", "--output", file, "--to", publicKey]).status == 0)
        let good = bytes(file)
        var flipped = good
        flipped[flipped.count - 20] ^= 0x01
        // A cut inside the one chunk of a small bundle fails that chunk's tag (as in age itself);
        // a cut in the header is a file cut short.
        let cases: [(String, Data, [String], String)] = [
            ("wrong-key.age", good, ["--identity", keyPath(other)], "andere sleutel"),
            ("truncated.age", good.prefix(good.count - 30), [], "beschadigd of veranderd"),
            ("flipped.age", flipped, [], "beschadigd of veranderd"),
            ("header-only.age", good.prefix(40), [], "afgebroken"),
        ]
        let before = bytes(c.db)
        for (name, data, extra, expected) in cases {
            let path = c.folder.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            let run = try c.run(["import", path] + extra)
            #expect(run.status == 65, "\(name): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(name + ": ") && run.stderr.contains(expected), "\(name): \(run.stderr)")
            #expect(bytes(c.db) == before, "\(name) changed the store")
        }
        // A laptop without a coordinator key is told what to give.
        let keyless = try stranger.run(["import", file])
        #expect(keyless.status == 64)
        #expect(keyless.stderr.contains("--identity"), "\(keyless.stderr)")
    }

    @Test func anEncryptedBackupRestoresAndAWrongPassphraseLeavesTheStore() throws {
        let a = try laptopWithSeries("age-backup")
        defer { a.remove() }
        let passphrase = try a.write("pass.txt", "zeven bomen langs de Maas\n")
        let wrong = try a.write("wrong.txt", "acht bomen langs de Maas\n")
        let backup = a.folder.appendingPathComponent("backup.age").path
        let made = try a.run(["backup", backup, "--passphrase-file", passphrase])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(bytes(backup).starts(with: Data("age-encryption.org/v1\n".utf8)))
        #expect(bytes(backup).range(of: Data("SQLite format 3".utf8)) == nil)
        #expect(try a.run(["erase", "series", "Vrouwen Schilderswijk", "--yes"]).status == 0)
        let before = bytes(a.db)
        let refused = try a.run(["restore", backup, "--force", "--passphrase-file", wrong])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(bytes(a.db) == before)
        let restored = try a.run(["restore", backup, "--force", "--passphrase-file", passphrase])
        #expect(restored.status == 0, "\(restored.stderr)")
        // The erasure made after the backup is applied again: the series stays gone.
        #expect(try a.count("SELECT COUNT(*) FROM series") == 0)
        #expect(try a.count("SELECT COUNT(*) FROM erasure") == 1)
    }
}
