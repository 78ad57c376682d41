import Foundation

/// A whole number typed into a field, checked against the range the field allows. Every
/// number field of the planner and its forms reads what was typed this one way, so the
/// message for a wrong number is the same everywhere.
package enum NumberEntry {
    package enum Problem: Error, Equatable, Sendable {
        /// Not a whole number (letters, a sign, a decimal point, nothing at all).
        case notANumber(String)
        /// A number, but outside the field's range.
        case outOfRange(String, ClosedRange<Int>)
    }

    /// The number in `text` (spaces around it allowed) when it lies in `range`.
    package static func parse(_ text: String, in range: ClosedRange<Int>) -> Result<Int, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Digits only: Int("+5") and Int("-0") would pass, and no field takes a sign.
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(.notANumber(trimmed))
        }
        // A run of digits too long for Int is out of range too, never an overflow.
        guard let number = Int(trimmed), range.contains(number) else {
            return .failure(.outOfRange(trimmed, range))
        }
        return .success(number)
    }
}
