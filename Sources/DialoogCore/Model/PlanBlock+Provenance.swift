/// Whose a plan block is. A block made from a method's agenda keeps that block's provenance and
/// a fingerprint of its words; once the trainer changes its title, kind, working form, guidance
/// or questions it is the trainer's ("aangepast door de trainer"). Minutes, theme, prompts and
/// materials are the planning of every series and change nothing about whose the block is.
extension PlanBlock {
    /// A block made from `block` of a method's agenda, with its provenance and fingerprint.
    package init(method block: AgendaBlock, theme: String?, chosenByGroup: Bool = false) {
        self.init(
            title: block.title, kind: block.kind, form: block.form, minutes: block.minutes, theme: theme,
            guidance: block.guidance, questions: block.questions, chosenByGroup: chosenByGroup,
            provenance: block.provenance,
            methodFingerprint: Self.fingerprint(
                title: block.title, kind: block.kind, form: block.form, guidance: block.guidance,
                questions: block.questions))
    }

    /// The provenance to show: `.trainer` once the block no longer reads as the method wrote it;
    /// nil when it is not known (a block saved before dialoog kept it, or read from a plan file).
    package var shownProvenance: Provenance? {
        guard let provenance else { return nil }
        guard let methodFingerprint, provenance != .trainer else { return provenance }
        let now = Self.fingerprint(title: title, kind: kind, form: form, guidance: guidance, questions: questions)
        return now == methodFingerprint ? provenance : .trainer
    }

    /// FNV-1a (64 bits, hex) over the block's words: the same on every machine and every run,
    /// unlike `Hasher`, so it can be stored.
    package static func fingerprint(
        title: String, kind: BlockKind, form: String, guidance: String, questions: [String]
    ) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [title, kind.rawValue, form, guidance] + questions {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
