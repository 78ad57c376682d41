import DialoogCore
import Foundation
import Synchronization

/// The bibliotheek read once on a thread of its own from the moment the full-screen program
/// starts, for the first screen that needs it (the bibliotheek, a drill-down in the
/// overzicht, the planner). Reading its 240 files takes a fifth of a second on a fast laptop;
/// read on the first drill-down, that was most of the wait there (issue 18). The start screen
/// never waits for it: only the first `take` does, and only while the read is still going.
package final class LibraryPrefetch: Sendable {
    private let result = Mutex<Result<LoadedContent, CLIError>?>(nil)
    private let finished = DispatchSemaphore(value: 0)
    private let taken = Atomic<Bool>(false)

    package init(_ load: @escaping @Sendable () throws(CLIError) -> LoadedContent) {
        Thread.detachNewThread { [self] in
            let read: Result<LoadedContent, CLIError>
            do throws(CLIError) { read = .success(try load()) } catch { read = .failure(error) }
            result.withLock { $0 = read }
            finished.signal()
        }
    }

    /// What the background read gave, waiting for it if it is still going; nil after the first
    /// call, so a reload (`r`) reads the files as they are then.
    package func take() -> Result<LoadedContent, CLIError>? {
        guard !taken.exchange(true, ordering: .acquiringAndReleasing) else { return nil }
        finished.wait()
        return result.withLock { $0 }
    }
}
