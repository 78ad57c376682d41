/// Signals counted by what was done: the help card shown (a cold referral), a talk in private
/// after the meeting, the coordinator consulted, Veilig Thuis called for advice, a warm
/// referral, or 112. Never who, never what was said.
package struct SignalCounts: Codable, Equatable, Hashable, Sendable {
    package var helpCard: Int
    package var warm: Int
    package var acute: Int
    /// Talked in private after the meeting ("na afloop onder vier ogen gesproken").
    package var privateTalk: Int
    /// Discussed with the coordinator.
    package var coordinator: Int
    /// Veilig Thuis called for advice.
    package var adviceCall: Int

    package init(
        helpCard: Int = 0, warm: Int = 0, acute: Int = 0, privateTalk: Int = 0, coordinator: Int = 0,
        adviceCall: Int = 0
    ) {
        self.helpCard = helpCard
        self.warm = warm
        self.acute = acute
        self.privateTalk = privateTalk
        self.coordinator = coordinator
        self.adviceCall = adviceCall
    }

    package var total: Int { helpCard + privateTalk + coordinator + adviceCall + warm + acute }

    /// The count of one response.
    package subscript(response: Signal.Response) -> Int {
        get {
            switch response {
            case .hulpkaart: helpCard
            case .onderVierOgen: privateTalk
            case .coordinator: coordinator
            case .veiligThuisAdvies: adviceCall
            case .warmeVerwijzing: warm
            case .acuut112: acute
            }
        }
        set {
            switch response {
            case .hulpkaart: helpCard = newValue
            case .onderVierOgen: privateTalk = newValue
            case .coordinator: coordinator = newValue
            case .veiligThuisAdvies: adviceCall = newValue
            case .warmeVerwijzing: warm = newValue
            case .acuut112: acute = newValue
            }
        }
    }

    /// Both added up, response by response.
    package static func + (left: SignalCounts, right: SignalCounts) -> SignalCounts {
        var sum = left
        for response in Signal.Response.allCases { sum[response] += right[response] }
        return sum
    }

    /// The SQL column each count is read from in the figures (`AppDatabase+FigureSQL`).
    package static func column(_ response: Signal.Response) -> String {
        switch response {
        case .hulpkaart: "helpCard"
        case .onderVierOgen: "privateTalk"
        case .coordinator: "coordinator"
        case .veiligThuisAdvies: "adviceCall"
        case .warmeVerwijzing: "warm"
        case .acuut112: "acute"
        }
    }
}
