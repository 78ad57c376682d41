import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import Testing

/// A block's materials (a film, the flip-over) are kept with the plan.
@Suite struct BlockMaterialsStoreTests {
    @Test func theStoreKeepsThem() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(BlockMaterialsStoreTests.plan, now: Fixtures.now)
        try database.savePlan(BlockMaterialsStoreTests.withMaterials, now: Fixtures.now)
        let read = try #require(try database.plan(seriesId: BlockMaterialsStoreTests.plan.id))
        #expect(read.meetings[0].blocks[0].materials == "flip-over, stiften")
        #expect(read.meetings[0].blocks[1].materials == "")
    }

    static let plan = Fixtures.plan()
    static var withMaterials: SeriesPlan {
        var plan = Self.plan
        plan.meetings[0].blocks[0].materials = "flip-over, stiften"
        return plan
    }
}
