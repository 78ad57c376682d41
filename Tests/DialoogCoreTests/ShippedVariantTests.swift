import DialoogCore
import Foundation
import Testing

/// The shipped `methods/variants/`: every method says for whom its agenda is written, each group
/// gets the agenda written for it, and each theme an agenda plans for a group has prompts
/// written for that group.
@Suite("Shipped variants")
struct ShippedVariantTests {
    static var library: Library { ShippedContentTests.library }

    @Test func everyMethodSaysForWhomItsAgendaIsWritten() {
        for id in ShippedContentTests.methodIDs {
            #expect(Self.library.variants(of: id)?.writtenFor.isEmpty == false, "\(id)")
        }
        let problems = ShippedContentTests.loaded.diagnostics.filter { $0.file.contains("variants/") }
        #expect(problems.isEmpty, "\(problems.map { $0.localized(.en) })")
    }

    /// Per method, per group: the groups of the agenda chosen (nil: the method's own), or that
    /// none fits.
    @Test(arguments: [
        ("gesprek-in-vrijheid", TargetGroup.jongeren, [TargetGroup]?.none, true),
        ("gesprek-in-vrijheid", .ouders, [.ouders], true),
        ("gesprek-in-vrijheid", .moeders, [.ouders], true),
        ("gesprek-in-vrijheid", .vaders, [.ouders], true),
        ("gesprek-in-vrijheid", .vrouwen, [.vrouwen], true),
        ("gesprek-in-vrijheid", .mannen, [.mannen], true),
        ("gesprek-in-vrijheid", .nieuwkomers, nil, false),
        ("gesprek-in-vrijheid", .gemengd, nil, false),
        ("jiheeye", .jongeren, [.jongeren], true),
        ("jiheeye", .moeders, nil, true),
        ("jiheeye", .nieuwkomers, nil, true),
        ("yeni-pencere", .ouders, nil, true),
        ("yeni-pencere", .vaders, nil, true),
        ("yeni-pencere", .jongeren, nil, false),
        ("htib", .mannen, nil, true),
        ("changemakers", .nieuwkomers, nil, true),
        ("kezban", .vrouwen, nil, true),
        ("mudawwanah", .jongeren, nil, true),
    ])
    func theVariantChosenPerGroup(method: String, group: TargetGroup, variant: [TargetGroup]?, fits: Bool) {
        let choice = Self.library.agendaChoice(method: method, groups: [group])
        #expect(choice.variant?.groups == variant, "\(method) for \(group)")
        #expect(choice.fits == fits, "\(method) for \(group)")
    }

    /// A variant's own blocks are written for its group: SMN's youth wording (a teacher, youth
    /// workers, "a young person and their parents") is gone from the parents', women's and men's.
    @Test func smnsVariantsLeaveTheYouthExampleBehind() throws {
        let method = try #require(Self.library.method("gesprek-in-vrijheid"))
        let file = try #require(Self.library.variants(of: "gesprek-in-vrijheid"))
        #expect(file.writtenFor == [.jongeren])
        for variant in file.variants {
            let meetings = method.meetings(for: variant)
            let texts = meetings.flatMap {
                [$0.purpose] + $0.agenda.flatMap { [$0.title, $0.guidance] + $0.questions }
            }
            for youth in ["docent", "jongerenwerker", "een jongere en", "lhbt-jongere", "jongerengroep"] {
                #expect(!texts.contains { $0.localizedCaseInsensitiveContains(youth) }, "\(variant.groups): \(youth)")
            }
            #expect(meetings.map(\.themes) == method.meetings.map(\.themes), "a variant keeps the themes")
        }
    }

    /// Every group a method's variants file names (not `gemengd`): each theme of the agenda that
    /// group gets has at least 4 prompts written for it, by its own label.
    @Test func everyThemeAnAgendaPlansForAGroupHasFourPromptsForIt() throws {
        var short: [String] = []
        for file in Self.library.variants {
            let method = try #require(Self.library.method(file.method))
            let agendas =
                [(file.writtenFor, method.meetings)] + file.variants.map { ($0.groups, method.meetings(for: $0)) }
            for (groups, meetings) in agendas {
                let themes = Set(meetings.flatMap { $0.themes + $0.agenda.compactMap(\.theme) })
                for group in groups where group != .gemengd {
                    for theme in themes.sorted() {
                        let count = Self.library.prompts.filter { $0.theme == theme && $0.groups.contains(group) }.count
                        if count < 4 { short.append("\(file.method): \(theme) for \(group.rawValue) has \(count)") }
                    }
                }
            }
        }
        #expect(short.isEmpty, "\(short)")
    }

    /// The narrower labels the issue added: mothers and fathers have at least 4 prompts of their
    /// own in every theme that has any for them.
    @Test func mothersAndFathersHaveFourPromptsWhereTheyHaveAny() {
        for group in [TargetGroup.moeders, .vaders] {
            let themes = Set(Self.library.prompts.filter { $0.groups.contains(group) }.compactMap(\.theme))
            for theme in themes.sorted() {
                let count = Self.library.prompts.filter { $0.theme == theme && $0.groups.contains(group) }.count
                #expect(count >= 4, "\(theme) for \(group.rawValue): \(count)")
            }
        }
    }

    @Test func everyVariantTextHasEnglish() {
        let untranslated = Self.library.untranslated(in: "en").filter { $0.key.hasPrefix("methods/variants/") }
        #expect(untranslated.isEmpty, "\(untranslated)")
        let english = Self.library.localized(to: .en)
        let parents = english.variants(of: "gesprek-in-vrijheid")?.variants.first?.summary ?? ""
        #expect(parents.hasPrefix("For parents"), "\(parents)")
    }

    static func plan(_ method: String, _ groups: [TargetGroup]) throws -> SeriesPlan {
        let series = Series(name: "Proef", methodId: method, organisation: "", createdAt: Date(), groups: groups)
        return try SeriesProposal.make(series: series, library: library, starts: [])
    }

    @Test func aProposalForMothersTakesTheParentsAgenda() throws {
        let plan = try Self.plan("gesprek-in-vrijheid", [.moeders])
        #expect(plan.meetings[0].blocks.map(\.title).contains("Hoe voed jij je kinderen op?"))
        #expect(plan.meetings[2].blocks.map(\.title).contains("Het gesprek met je kind oefenen"))
        #expect(plan.meetings[0].meeting.purpose.hasPrefix("Kick-off voor een groep ouders"))
        #expect(!PlanRules.check(plan, library: Self.library).contains { $0.isAgendaWarning })
    }

    @Test func aGroupNoAgendaIsWrittenForGetsTheOwnAgendaAndAWarning() throws {
        let plan = try Self.plan("gesprek-in-vrijheid", [.nieuwkomers])
        #expect(plan.meetings[2].blocks.map(\.title).contains("Het gesprek thuis of op school oefenen"))
        let warnings = PlanRules.check(plan, library: Self.library)
        #expect(warnings.first?.kind == .agendaForOtherGroup(writtenFor: [.jongeren], groups: [.nieuwkomers]))
        #expect(warnings.first?.meeting == nil)
        #expect(warnings.first?.isHint == false)
        #expect(warnings.first?.principle == "Wees flexibel")
    }

    @Test func aMixedSeriesThatOneAgendaServesOnlyInPartIsWarnedToo() throws {
        let plan = try Self.plan("gesprek-in-vrijheid", [.ouders, .jongeren])
        let warning = PlanRules.check(plan, library: Self.library).first { $0.isAgendaWarning }
        #expect(warning?.kind == .agendaForOtherGroup(writtenFor: [.jongeren], groups: [.ouders, .jongeren]))
    }
}

extension PlanWarning {
    fileprivate var isAgendaWarning: Bool {
        if case .agendaForOtherGroup = kind { return true }
        return false
    }
}
