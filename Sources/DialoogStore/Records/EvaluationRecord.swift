import DialoogCore
import Foundation
import GRDB

/// A row of `evaluation`: an `Evaluation` with its hand counts spread over columns and its
/// lists as JSON arrays.
struct EvaluationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evaluation"

    var meetingId: String
    var expected: Int?
    var atmosphere: Int?
    var safety: Int?
    var openness: Int?
    var resistanceMoments: Int?
    var resistanceMet: [ResistanceApproach]
    var landed: [String]
    var agreements: [String]
    var usefulYes: Int?
    var usefulPartly: Int?
    var usefulNo: Int?
    var heardYes: Int?
    var heardPartly: Int?
    var heardNo: Int?
    var recommendations: [String]
    var collaboration: Int?
    var volunteerHours: Int?
    var expenses: Int?
    var wellbeing: Int?
    var aftercareDue: Date?
    var aftercareDoneAt: Date?
    var intervisieDue: Date?
    var intervisieDoneAt: Date?
    var updatedAt: Date
    var editedAt: Date?

    init(_ evaluation: Evaluation) {
        meetingId = evaluation.meetingId
        expected = evaluation.expected
        atmosphere = evaluation.atmosphere
        safety = evaluation.safety
        openness = evaluation.openness
        resistanceMoments = evaluation.resistanceMoments
        resistanceMet = evaluation.resistanceMet
        landed = evaluation.landed
        agreements = evaluation.agreements
        usefulYes = evaluation.useful.yes
        usefulPartly = evaluation.useful.partly
        usefulNo = evaluation.useful.no
        heardYes = evaluation.heard.yes
        heardPartly = evaluation.heard.partly
        heardNo = evaluation.heard.no
        recommendations = evaluation.recommendations
        collaboration = evaluation.collaboration
        volunteerHours = evaluation.volunteerHours
        expenses = evaluation.expenses
        wellbeing = evaluation.wellbeing
        aftercareDue = evaluation.aftercareDue
        aftercareDoneAt = evaluation.aftercareDoneAt
        intervisieDue = evaluation.intervisieDue
        intervisieDoneAt = evaluation.intervisieDoneAt
        updatedAt = evaluation.updatedAt
        editedAt = evaluation.editedAt
    }

    var evaluation: Evaluation {
        Evaluation(
            meetingId: meetingId, expected: expected, atmosphere: atmosphere, safety: safety, openness: openness,
            resistanceMoments: resistanceMoments, resistanceMet: resistanceMet, landed: landed, agreements: agreements,
            useful: HandCount(yes: usefulYes, partly: usefulPartly, no: usefulNo),
            heard: HandCount(yes: heardYes, partly: heardPartly, no: heardNo), recommendations: recommendations,
            collaboration: collaboration, volunteerHours: volunteerHours, expenses: expenses, wellbeing: wellbeing,
            aftercareDue: aftercareDue, aftercareDoneAt: aftercareDoneAt, intervisieDue: intervisieDue,
            intervisieDoneAt: intervisieDoneAt, updatedAt: updatedAt, editedAt: editedAt)
    }
}

extension ResistanceApproach: DatabaseValueConvertible {}
