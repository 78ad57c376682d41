import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import Synchronization
import Testing

@testable import DialoogApp

/// The bibliotheek read ahead on its own thread (`LibraryPrefetch`): the first `.loadLibrary`
/// gets it, reading the files once; a reload reads them again; a failed read is reported as
/// any failed read is.
@Suite struct LibraryPrefetchTests {
    @Test func theFirstLoadGetsTheReadAheadAndAReloadReadsAgain() throws {
        let reads = Atomic<Int>(0)
        let prefetch = LibraryPrefetch { () throws(CLIError) in
            reads.add(1, ordering: .relaxed)
            return Fixtures.shipped
        }
        let effects = EffectRunner(database: try AppDatabase.inMemory(), prefetch: prefetch) {
            () throws(CLIError) in
            reads.add(1, ordering: .relaxed)
            return Fixtures.shipped
        }
        let first = effects.run(.loadLibrary)
        guard case .libraryLoaded(let library, let problems) = first.first else {
            Issue.record("expected the library, got \(first)")
            return
        }
        #expect(library.methods.count == Fixtures.shipped.library.methods.count && problems == 0)
        #expect(reads.load(ordering: .relaxed) == 1, "read once, in the background")
        guard case .libraryLoaded = effects.run(.loadLibrary).first else {
            Issue.record("a reload reads the files")
            return
        }
        #expect(reads.load(ordering: .relaxed) == 2, "a reload reads the files as they are now")
    }

    @Test func aReadThatFailedInTheBackgroundIsReportedAsAnyFailedRead() throws {
        let prefetch = LibraryPrefetch { () throws(CLIError) in throw CLIError.contentNotFound(looked: ["/nergens"]) }
        let effects = EffectRunner(database: try AppDatabase.inMemory(), prefetch: prefetch)
        guard case .libraryFailed = effects.run(.loadLibrary).first else {
            Issue.record("expected a failure")
            return
        }
    }
}
