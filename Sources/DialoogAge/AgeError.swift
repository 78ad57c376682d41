/// Why an age file could not be written or read. Values, not sentences: the app layer words
/// each case for people (`AgeText`), so this module holds no language.
package enum AgeError: Error, Equatable, Sendable {
    /// The bytes do not start with the age header line.
    case notAgeFile
    /// The ASCII-armored form (`-----BEGIN AGE ENCRYPTED FILE-----`), which dialoog does not read.
    case armored
    /// An age header of another version than `age-encryption.org/v1`.
    case unsupportedVersion(String)
    /// Only stanzas of kinds dialoog cannot open (an ssh or plug-in key), by their first kind.
    case unsupportedStanza(String)
    /// The header breaks the format's rules: a stanza without a body, bad base64, no stanza at
    /// all, a passphrase stanza beside others.
    case malformedHeader
    /// None of the given keys opens the file: it was made for someone else.
    case noMatchingIdentity
    /// The file is locked with a passphrase, and keys were given.
    case needsPassphrase
    /// The file is locked to keys, and a passphrase was given.
    case needsKey
    case wrongPassphrase
    /// The file ends before its header or its last chunk does.
    case truncated
    /// A check failed: the header MAC or a chunk's tag does not match what it covers.
    case altered
    /// A passphrase file asks for more scrypt work than dialoog will do (log2 of N).
    case workFactorTooHigh(Int, maximum: Int)
    /// A public or secret key that is not valid key text; the line in a key file, when from one.
    case badKeyText(line: Int?)
    /// A key file with no secret key line in it.
    case noIdentityInFile
    /// Encrypting to nobody.
    case noRecipients
    case emptyPassphrase
}
