import DialoogCore
import Testing

@Suite("Municipality names")
struct MunicipalityNameTests {
    static let known = ["Den Haag", "Utrecht", "'s-Hertogenbosch", "Súdwest-Fryslân"]

    @Test(arguments: [
        ("den haag", "Den Haag"), ("DEN  HAAG", "Den Haag"), ("'s-Gravenhage", "Den Haag"),
        ("s Gravenhage", "Den Haag"),
        ("utrecht ", "Utrecht"), ("Den Bosch", "'s-Hertogenbosch"), ("sudwest fryslan", "Súdwest-Fryslân"),
    ])
    func anotherSpellingOfAKnownMunicipalityIsMatched(typed: String, existing: String) {
        #expect(MunicipalityName.existingSpelling(of: typed, among: Self.known) == existing)
    }

    @Test func aNewOrIdenticalNameHasNoSuggestion() {
        #expect(MunicipalityName.existingSpelling(of: "Utrecht", among: Self.known) == nil)
        #expect(MunicipalityName.existingSpelling(of: "Amsterdam", among: Self.known) == nil)
        #expect(MunicipalityName.existingSpelling(of: "  ", among: Self.known) == nil)
        // A name that only looks alike is another municipality.
        #expect(MunicipalityName.existingSpelling(of: "Utrechtse Heuvelrug", among: Self.known) == nil)
    }
}
