import DialoogCore
import Foundation
import Testing

@testable import DialoogApp

@Suite("Environment")
struct AppEnvironmentTests {
    @Test func theDatabaseLivesInTheXDGDataFolder() {
        #expect(
            AppEnvironment(["HOME": "/home/amina", "XDG_DATA_HOME": "/data"]).defaultDatabasePath
                == "/data/dialoog/dialoog.sqlite")
        #expect(
            AppEnvironment(["HOME": "/home/amina"]).defaultDatabasePath
                == "/home/amina/.local/share/dialoog/dialoog.sqlite")
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        #expect(
            AppEnvironment(["HOME": "/home/amina", "XDG_DATA_HOME": "data"]).defaultDatabasePath
                == "/home/amina/.local/share/dialoog/dialoog.sqlite")
    }

    @Test func pathsUnderHomeAreShownWithATilde() {
        let environment = AppEnvironment(["HOME": "/home/amina"])
        #expect(
            environment.displayPath("/home/amina/.local/share/dialoog/dialoog.sqlite")
                == "~/.local/share/dialoog/dialoog.sqlite")
        #expect(environment.displayPath("/home/aminata/x") == "/home/aminata/x")
        #expect(environment.displayPath("/tmp/x.sqlite") == "/tmp/x.sqlite")
    }

    @Test func dialoogNowPinsTheClockInLocalTime() throws {
        let environment = AppEnvironment(["DIALOOG_NOW": "2026-12-01T19:30:00"])
        let date = try environment.clock(calendar: .fixedOffset(seconds: 3600)).now()
        #expect(date == Date(timeIntervalSince1970: 1_796_149_800))  // 18:30 UTC
        #expect(try environment.clock(calendar: .fixedOffset(seconds: 3600)).now() == date)
        #expect(
            try AppEnvironment(["DIALOOG_NOW": "2026-12-01T19:30"]).clock(calendar: .fixedOffset(seconds: 3600)).now()
                == date)
    }

    @Test func withoutDialoogNowTheClockRuns() throws {
        #expect(try AppEnvironment([:]).clock() is SystemClock)
    }

    @Test func aBadDialoogNowIsRefused() {
        for value in [
            "gisteren", "2026-13-01T19:30", "2026-12-01", "2026-02-30T10:00", "2026-12-01T25:00",
            "2026-12-01T19:30:00Z",
        ] {
            #expect(throws: CLIError.badClock(value)) { _ = try AppEnvironment(["DIALOOG_NOW": value]).clock() }
        }
    }

    @Test func languageOptionWinsOverTheLocale() {
        let english = AppEnvironment(["LANG": "en_US.UTF-8"])
        #expect(english.language(option: nil) == .en)
        #expect(english.language(option: "nl") == .nl)
        #expect(english.language(option: "NL") == .nl)
        #expect(english.language(option: "fr") == nil)
    }

    @Test func noColorAsksForMonochrome() {
        #expect(AppEnvironment(["NO_COLOR": "1"]).wantsNoColor)
        #expect(!AppEnvironment(["NO_COLOR": ""]).wantsNoColor)
        #expect(!AppEnvironment([:]).wantsNoColor)
    }
}
