import Foundation
import Testing

@testable import DialoogAge

/// Files dialoog writes open with the `age` tool, and files the tool writes open here: the
/// coordinator can use either.
@Suite("Age interop with the age tool")
struct AgeInteropTests {
    let plaintext = Data((0..<150_000).map { UInt8(truncatingIfNeeded: $0 * 31) })

    @Test func theToolOpensAFileDialoogEncryptedToAKey() throws {
        guard AgeTool.installed("age") else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let identity = AgeIdentity.generate()
        let keyFile = try scratch.write("coordinator.age-key", Data(identity.fileText(created: Date()).utf8))
        let bystander = AgeIdentity.generate()
        let file = try scratch.write(
            "bundle.age", try Age.encrypt(plaintext, to: [bystander.recipient, identity.recipient]))
        let run = try AgeTool("age", ["-d", "-i", keyFile, file])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == plaintext)
    }

    @Test func dialoogOpensAFileTheToolEncryptedToAKey() throws {
        guard AgeTool.installed("age"), AgeTool.installed("age-keygen") else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let keygen = try AgeTool("age-keygen", [])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let identities = try AgeIdentity.parsingFile(String(decoding: keygen.stdout, as: UTF8.self))
        #expect(identities.count == 1)
        let run = try AgeTool("age", ["-r", identities[0].recipient.text], input: plaintext)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Age.decrypt(run.stdout, identities: identities) == plaintext)
        // The tool's empty file and its exactly one chunk.
        for size in [0, 65_536] {
            let sized = try AgeTool("age", ["-r", identities[0].recipient.text], input: plaintext.prefix(size))
            #expect(try Age.decrypt(sized.stdout, identities: identities) == plaintext.prefix(size))
        }
        #expect(throws: AgeError.noMatchingIdentity) {
            try Age.decrypt(run.stdout, identities: [AgeIdentity.generate()])
        }
    }

    @Test func theToolRefusesAFileDialoogAltered() throws {
        guard AgeTool.installed("age") else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let identity = AgeIdentity.generate()
        let keyFile = try scratch.write("key", Data(identity.fileText(created: Date()).utf8))
        var sealed = try Age.encrypt(plaintext, to: [identity.recipient])
        sealed[sealed.count - 20] ^= 0x40
        let run = try AgeTool("age", ["-d", "-i", keyFile, try scratch.write("bundle.age", sealed)])
        #expect(run.status != 0)
    }

    @Test func passphraseFilesOpenBothWays() throws {
        guard AgeTool.installed("age"), FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script is missing (Debian package bsdutils)")
            return
        }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let passphrase = "Koffie met kardemom"
        // dialoog writes, the tool reads.
        let ours = try scratch.write("ours.age", try Age.encrypt(plaintext, passphrase: passphrase, workFactor: 14))
        let opened = try AgeTool.onTerminal(["-d", "-o", scratch.path("ours.out"), ours], answers: [passphrase])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(FileManager.default.contents(atPath: scratch.path("ours.out")) == plaintext)
        // The tool writes (it asks twice), dialoog reads.
        let source = try scratch.write("plain", plaintext)
        let theirs = scratch.path("theirs.age")
        let sealed = try AgeTool.onTerminal(["-p", "-o", theirs, source], answers: [passphrase, passphrase])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        let file = try #require(FileManager.default.contents(atPath: theirs))
        // The tool writes work factor 18: one scrypt of 256 MiB, slow in a debug build, so only one.
        #expect(try Age.decrypt(file, passphrase: passphrase) == plaintext)
    }
}
