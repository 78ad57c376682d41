// Measures what `make bench` reports from inside the process: rendering time of a full
// 200x60 screen, and the bytes curses writes for a tick that changes the clock. Each
// figure comes with a reference run, so the report can show ratios. Output: JSON lines.
// `sql meetings|overview` prints the statements behind `dialoog report --format csv` and the
// overzicht, their parameters written out, for timing the sqlite3 shell on the same text.
import DialoogApp
import DialoogCore
import DialoogCurses
import DialoogStore
import DialoogTUI
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

let calendar = LocalCalendar.fixedOffset(seconds: 3600)

func date(_ hour: Int, _ minute: Int) -> Date {
    calendar.date(year: 2026, month: 12, day: 1, hour: hour, minute: minute)!
}

/// A start screen as full as a busy coordinator's: many series, every column filled.
func busyState(_ size: TerminalSize, now: Date) -> AppState {
    var state = AppState(
        now: now, size: size, calendar: calendar, databasePath: "~/.local/share/dialoog/dialoog.sqlite")
    let places = ["Utrecht", "Den Haag", "Rotterdam", "Amsterdam", "Eindhoven", "Zwolle"]
    let orgs = ["FSAN", "HTIB", "IOT", "SMN", "Stichting Kezban", "LWM", "VON"]
    let overviews = (0..<80).map { n -> SeriesOverview in
        let series = Series(
            name: "Groep \(n) · ouders en jongeren", methodId: "htib", organisation: orgs[n % orgs.count],
            municipality: places[n % places.count], createdAt: now)
        let next = Meeting(seriesId: series.id, number: n % 3 + 1, startsAt: now.addingTimeInterval(Double(n) * 86_400))
        return SeriesOverview(series: series, meetingsPlanned: 3, meetingsHeld: n % 3, nextMeeting: next)
    }
    _ = state.reduce(.seriesLoaded(overviews))
    return state
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func nanoseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start)
}

func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

/// Rendering a full 200x60 start screen, against filling a 200x60 grid cell by cell (the
/// least any renderer has to do).
func benchRender() {
    let state = busyState(TerminalSize(width: 200, height: 60), now: date(19, 30))
    var sink = 0
    for _ in 0..<50 { sink &+= Renderer.render(state).cells.count }
    let renders = (0..<500).map { _ in nanoseconds { sink &+= Renderer.render(state).cells.count } }
    let filler = Array("Groep 12 · ouders en jongeren  HTIB  Utrecht  1/3 gehouden ")
    let fills = (0..<500).map { _ in
        nanoseconds {
            var screen = Screen(size: TerminalSize(width: 200, height: 60))
            for y in 0..<60 {
                for x in 0..<200 { screen[x, y] = Cell(String(filler[(x + y) % filler.count])) }
            }
            sink &+= screen.cells.count
        }
    }
    emit(["figure": "render", "median_ms": median(renders) / 1e6, "reference_ms": median(fills) / 1e6, "sink": sink])
}

/// Bytes curses writes when a tick moves the clock one minute, against a full repaint of
/// the same screen.
func benchTickBytes() {
    setenv("TERM", "xterm-256color", 1)
    setenv("LINES", "24", 1)
    setenv("COLUMNS", "80", 1)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-bench-\(getpid()).out").path
    defer { unlink(path) }
    guard let output = fopen(path, "w"), let input = fopen("/dev/null", "r") else { fatalError("cannot open \(path)") }
    let terminal = try! CursesTerminal(output: output, input: input)
    func written() -> Int {
        fflush(output)
        return Int(ftell(output))
    }
    let size = terminal.size
    var state = busyState(size, now: date(19, 30))
    terminal.present(Renderer.render(state), theme: .dark, fullRepaint: true)
    let afterFirst = written()
    var tickBytes: [Int] = []
    for minute in 31..<41 {
        let before = written()
        _ = state.reduce(.tick(date(19, minute)))
        terminal.present(Renderer.render(state), theme: .dark, fullRepaint: false)
        tickBytes.append(written() - before)
    }
    let beforeFull = written()
    terminal.present(Renderer.render(state), theme: .dark, fullRepaint: true)
    let fullBytes = written() - beforeFull
    terminal.close()
    emit([
        "figure": "tick", "size": "\(size)", "first_frame_bytes": afterFirst,
        "tick_bytes_median": median(tickBytes.map(Double.init)), "full_repaint_bytes": fullBytes,
    ])
}

/// The statements of `report --include-demo` (`meetings`) or of the overzicht opened on a demo
/// at scale (`overview`: every series, demo included, with the demo's target), for the clock
/// of `DIALOOG_NOW`.
func printSQL(_ which: String?) {
    let filter = OverviewFilter(includeDemo: true)
    switch which {
    case "meetings":
        print(
            AppDatabase.inlined(AppDatabase.meetingFiguresSQL + AppDatabase.meetingFiguresOrderSQL, filter: filter)
                + ";")
    case "overview":
        let now = (try? AppEnvironment().clock().now()) ?? Date()
        let calendar = LocalCalendar.system
        let target = DemoData.target(now: now, calendar: calendar, scale: 10_000)
        // Without a period the overzicht reads the series from their tallies, not by period.
        for sql in AppDatabase.overviewSQL where sql != AppDatabase.periodSeriesFiguresSQL {
            // The series in the order the overzicht lists them, as dialoog puts them in it.
            let ordered = sql == AppDatabase.seriesFiguresSQL ? sql + AppDatabase.seriesFiguresOrderSQL : sql
            print(AppDatabase.inlined(ordered, filter: filter, today: calendar.startOfDay(now), target: target) + ";")
        }
    default:
        FileHandle.standardError.write(Data("usage: dialoog-bench sql meetings|overview\n".utf8))
        exit(64)
    }
}

/// The cost of one stored action with `synchronous = FULL` (what dialoog uses: the WAL is
/// synced at every commit) against NORMAL (synced only at checkpoints), on two database files
/// in the same folder, interleaved in rounds of 10 actions. An action is one transaction
/// that stores a row, as a live key does.
func benchSync() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-bench-sync-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let full = try! AppDatabase.open(at: folder.appendingPathComponent("full.sqlite").path)
    let normal = try! AppDatabase.open(at: folder.appendingPathComponent("normal.sqlite").path)
    try! normal.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = NORMAL") }
    func action(_ database: AppDatabase) -> Double {
        nanoseconds {
            try! database.writer.write { db in
                try Series(name: "Actie", methodId: "htib", organisation: "HTIB", createdAt: date(19, 30)).insert(db)
            }
        }
    }
    var fulls: [Double] = []
    var normals: [Double] = []
    for _ in 0..<20 {
        for _ in 0..<10 { fulls.append(action(full)) }
        for _ in 0..<10 { normals.append(action(normal)) }
    }
    emit(["figure": "sync", "full_ms": median(fulls) / 1e6, "normal_ms": median(normals) / 1e6])
}

/// Opening the store at `path` for writing as it was left by an orderly close (header and
/// versions only) against after an unclean shutdown (its clean-shutdown marker removed: the
/// full value scan and `quick_check` run), interleaved. Each open closes in order again.
func benchOpen(_ path: String) {
    var clean: [Double] = []
    var full: [Double] = []
    for _ in 0..<7 {
        clean.append(nanoseconds { precondition(!(try! AppDatabase.open(at: path)).checkedFully) })
        unlink(path + ".clean")
        full.append(nanoseconds { precondition(try! AppDatabase.open(at: path).checkedFully) })
    }
    emit(["figure": "open", "clean_ms": median(clean) / 1e6, "full_ms": median(full) / 1e6])
}

/// The overzicht's figures for the store at `path` as the full-screen program first asks for
/// them (every series, demo included, no period), read 15 times in one reading open: the
/// store's part of opening the overzicht, without start-up or drawing, to profile.
func benchOverview(_ path: String) {
    let database = try! AppDatabase.open(at: path, onlyReading: true)
    var times: [Double] = []
    for _ in 0..<15 {
        times.append(
            nanoseconds {
                _ = try! database.overview(
                    OverviewFilter(includeDemo: true), today: date(0, 0), calendar: calendar)
            })
    }
    emit(["figure": "overview", "median_ms": median(times) / 1e6, "min_ms": times.min()! / 1e6])
}

switch CommandLine.arguments.dropFirst().first {
case "sync": benchSync()
case "open": benchOpen(CommandLine.arguments.dropFirst(2).first ?? "")
case "overview": benchOverview(CommandLine.arguments.dropFirst(2).first ?? "")
case "render": benchRender()
case "tick": benchTickBytes()
case "sql": printSQL(CommandLine.arguments.dropFirst(2).first)
default:
    FileHandle.standardError.write(
        Data("usage: dialoog-bench render|tick|sync|open PATH|overview PATH|sql meetings|overview\n".utf8))
    exit(64)
}
