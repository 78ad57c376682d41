import Yams

extension ContentDecoding {
    /// A translation catalog. `language` and `source` come from where the file lies
    /// (`translations/<language>/<source>`); what the file says must agree with them.
    static func catalog(_ f: inout YAMLFields, language: String, source: String, file: String) -> TranslationCatalog? {
        let log = f.log
        if let stated = f.text("language") {
            if !TranslationCatalog.isLanguageCode(stated) {
                log.report(.translation(.badLanguage(stated)), line: f.entryLine("language"))
            } else if stated != language {
                log.report(
                    .translation(.wrongLanguage(found: stated, expected: language)), line: f.entryLine("language"))
            }
        }
        let stated = f.text("source")
        if let stated, TranslationCatalog.sourceKey(stated) != TranslationCatalog.sourceKey(source) {
            log.report(.translation(.sourceElsewhere(source: stated, expected: source)), line: f.entryLine("source"))
        }
        var firsts: [String: Int] = [:]
        let entries = f.list("entries") { node -> TranslationCatalog.Entry? in
            guard case .mapping(let mapping) = node else {
                log.report(.wrongType(key: "entries", expected: .mapping), line: node.line)
                return nil
            }
            var dutch: String?
            var translation: String?
            for pair in mapping {
                let key = pair.key.string ?? ""
                guard key == "nl" || key == language else {
                    log.report(.translation(.wrongLanguage(found: key, expected: language)), line: pair.key.line)
                    continue
                }
                guard let text = pair.value.scalarText, !text.allSatisfy(\.isWhitespace) else {
                    log.report(
                        pair.value.isNull ? .emptyValue(key) : .wrongType(key: key, expected: .text),
                        line: pair.value.line)
                    continue
                }
                if key == "nl" { dutch = text } else { translation = text.trimmingWhitespace }
            }
            let hasDutch = mapping.contains { $0.key.string == "nl" }
            if !hasDutch { log.report(.translation(.missingDutch), line: node.line) }
            if !mapping.contains(where: { $0.key.string == language }) {
                log.report(.missingKey(language), line: node.line)
            }
            guard let dutch else { return nil }
            let key = TranslationCatalog.key(dutch)
            if let first = firsts[key] {
                log.report(.translation(.duplicateDutch(dutch, firstAt: "\(file):\(first)")), line: node.line)
                return nil
            }
            firsts[key] = node.line
            guard let translation else { return nil }
            return TranslationCatalog.Entry(dutch: dutch, translation: translation, line: node.line)
        }
        guard let stated else { return nil }
        return TranslationCatalog(
            language: language, source: stated, entries: entries, file: file, sourceLine: f.entryLine("source"))
    }
}
