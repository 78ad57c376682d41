import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The last terminating signal that arrived, for the run loop to notice. An atomic store is
/// all the handler does, which is safe inside a signal handler.
private let pendingSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP so the run loop can leave and give the terminal back,
/// and restores the terminal before a crash signal kills the process.
package enum SignalTrap {
    package static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Installs the handlers. Call before curses starts: ncurses only installs its own
    /// handlers where none is set, so ours stay in charge.
    package static func install(restoreTerminal: @convention(c) () -> Void) {
        crashRestore = restoreTerminal
        for signalNumber in terminating {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in pendingSignal.store(received, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocking read returns, the loop looks.
            sigaction(signalNumber, &action, nil)
        }
        for signalNumber in crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                crashRestore?()
                // Hand the crash to whoever had it before (Swift's backtracer), now that
                // the terminal is readable again.
                var previous = previousCrashActions[Int(received)]
                sigaction(received, &previous, nil)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, &previousCrashActions[Int(signalNumber)])
        }
    }

    /// The signal that asked the program to stop, if one came.
    package static var pending: Int32? {
        let value = pendingSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}

/// Set once before any handler can run, read only by the crash handler.
nonisolated(unsafe) private var crashRestore: (@convention(c) () -> Void)?
/// The crash handlers that were there before ours, by signal number.
nonisolated(unsafe) private var previousCrashActions: [sigaction] = Array(repeating: sigaction(), count: 65)
