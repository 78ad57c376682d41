#!/usr/bin/env python3
"""make bench: dialoog's speed and memory figures, each next to a reference run.

- start to first frame, and peak memory: dialoog on an empty database in an 80x24 pty,
  against a minimal C curses program (Benchmarks/reference-curses.c) in the same pty,
  interleaved run by run; medians.
- render 200x60, and bytes per clock tick: from dialoog-bench (render against filling a
  grid cell by cell; a tick against a full repaint of the same screen).
- at scale, on a database made by `dialoog demo --scale 10000` (10,000 meetings, about 140,000
  attendance rows and 100,000 prompt uses): `dialoog report --format csv` and the overzicht
  opening in the pty, each against the sqlite3 shell running the same statements (printed by
  `dialoog-bench sql`) on the same file, interleaved run by run; medians, and peak memory.

- growth (issue 18), at 1,000, 10,000 and 100,000 meetings (`--scales`): the overzicht opening,
  a filter, a drill-down and the return, clearing the filter, `report --format csv` and `json`
  (time and peak memory), each beside the sqlite3 shell reading the attendance table once
  (`SELECT count(*), count(DISTINCT participantId) FROM attendance`) on the same file. The
  demo's series are marked as a coordinator's own first, so the overzicht counts them as it
  counts a real store (demo series only once `demo tonen` is on); each step of the session waits
  for its own text on the screen (`SESSION`). `--only-growth` runs just these rows.

Figures are reported, never asserted: this is a benchmark, not a test.
"""
import argparse, fcntl, json, os, select, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

ROWS, COLS = 24, 80


def spawn_in_pty(argv, env):
    """argv started on a fresh pty of ROWS x COLS as its controlling terminal: (master, pid)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.close(master)
        os.execvpe(argv[0], argv, env)
    os.close(slave)
    return master, pid


def run_in_pty(argv, env, marker, timeout=10.0):
    """Runs argv on a fresh pty. Returns (seconds until `marker` appeared on screen,
    seconds from then until it exited after 'q', peak RSS in KiB at the first frame).
    The peak comes from /proc (VmHWM of the program itself): rusage would also count the
    pages of the Python process that forked it."""
    start = time.perf_counter()
    master, pid = spawn_in_pty(argv, env)
    seen, first, buffer = None, None, b""
    deadline = start + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            buffer += chunk
            if first is None and marker in buffer:
                first = time.perf_counter() - start
                peak = vm_hwm(pid)
                quit_sent = time.perf_counter()
                os.write(master, b"q")
        waited, status, usage = os.wait4(pid, os.WNOHANG)
        if waited:
            seen = time.perf_counter() - start
            break
    else:
        os.kill(pid, 9)
        _, status, usage = os.wait4(pid, 0)
        raise SystemExit(f"{argv[0]} did not finish within {timeout}s")
    if seen is None:
        _, status, usage = os.wait4(pid, 0)
        seen = time.perf_counter() - start
    os.close(master)
    if first is None:
        raise SystemExit(f"{argv[0]}: never showed {marker!r}; output began {buffer[:200]!r}")
    return first, seen - (quit_sent - start), peak


def vm_hwm(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise SystemExit(f"no VmHWM for {pid}")


SCALE = 10_000


def timed(helper, argv, env, stdout=subprocess.DEVNULL, stderr=None):
    """Runs argv under Benchmarks/peak-rss.c: (wall seconds, the command's own peak RSS in KiB)."""
    with tempfile.NamedTemporaryFile("r", prefix="dialoog-peak-") as figures:
        subprocess.run([helper, figures.name] + argv, stdout=stdout, stderr=stderr, env=env, check=True)
        seconds, kib = figures.read().split()
    return float(seconds), int(kib)


# The busy sign the overzicht writes before it reads (MainLoop.showBusy): a step's own text
# counts only when it comes after the last one.
BUSY = "Overzicht wordt berekend".encode()


def settle(master, step, until, quiet=0.25, timeout=120.0):
    """Reads the pty until `until` has been written after the last busy sign and the screen has
    then been quiet for `quiet` seconds: returns the seconds until the last byte came (the screen
    was then final) and what was read. A key that changes nothing writes nothing, so every step
    waits for its own text, never for just any byte; one that does not come names the step."""
    start = last = time.perf_counter()
    buffer = b""
    while buffer.rfind(until) <= buffer.rfind(BUSY) or time.perf_counter() - last < quiet:
        if time.perf_counter() - start > timeout:
            raise SystemExit(f"overzicht session, step {step!r}: {until.decode()!r} did not appear within "
                             f"{timeout:.0f}s; the screen's last bytes were {buffer[-300:]!r}")
        ready, _, _ = select.select([master], [], [], 0.02)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                raise SystemExit(f"overzicht session, step {step!r}: dialoog exited; it wrote last "
                                 f"{buffer[-300:]!r}")
            buffer += chunk
            last = time.perf_counter()
    return last - start, buffer


# A coordinator's session on the overzicht, step by step: a name, the keys, and the text the
# screen writes when the step is done. Every step changes the screen. The figures of the
# overzicht end in the legend ("... veil.: veiligheid 1-5") on the status line, which the busy
# sign replaces while it reads; the filter panel opens on its organisation row, where 'l' chooses
# the first organisation.
SESSION = [
    ("open", b"o", "veil.: veiligheid".encode()),
    ("filter panel", b"f", "Elke keuze telt".encode()),
    ("filter", b"l", "veil.: veiligheid".encode()),
    ("close filter", b"\x1b", "tabblad".encode()),
    ("drill-down", b"\r", "OPKOMST PER BIJEENKOMST".encode()),
    ("return", b"\x1b", "veil.: veiligheid".encode()),
    ("clear filter", b"x", "Alle filters gewist".encode()),
]


def overview_session(argv, env, timeout=120.0, session=SESSION):
    """dialoog on a fresh pty, timed as a coordinator uses the overzicht (`SESSION`): open it,
    choose an organisation in the filter panel and close it, drill down into the first series
    and return, and clear the filter. Returns seconds per step (until the screen was final) and
    the peak memory (VmHWM, KiB) after the last."""
    master, pid = spawn_in_pty(argv, env)
    steps = {}
    try:
        settle(master, "start", b"stoppen", timeout=timeout)
        for name, keys, until in session:
            os.write(master, keys)
            steps[name], _ = settle(master, name, until, timeout=timeout)
        peak = vm_hwm(pid)
        # q closes the overzicht, then q quits (Esc and q at once would read as Alt-q).
        os.write(master, b"q")
        settle(master, "close", b"stoppen", timeout=timeout)
        os.write(master, b"q")
        end = time.perf_counter() + 10
        while pid and time.perf_counter() < end:
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 65536)
                except OSError:
                    pass
            if os.waitpid(pid, os.WNOHANG)[0]:
                pid = None
    finally:
        if pid:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(master)
    return steps, peak


def open_overview(argv, env):
    """The session's first step alone: (seconds from 'o' to the overzicht's figures, VmHWM in
    KiB then)."""
    steps, peak = overview_session(argv, env, session=SESSION[:1])
    return steps["open"], peak


REFERENCE_SQL = "SELECT count(*), count(DISTINCT participantId) FROM attendance;"


def coordinator_store(helper, dialoog, db, scale, env):
    """`dialoog demo --scale` into `db`, its series then marked as a coordinator's own (sqlite3:
    demo = 0): the overzicht counts demo series only once `demo tonen` is switched on, and a
    coordinator's store has none. Returns the demo's (seconds, peak KiB)."""
    load = timed(helper, dialoog + ["demo", "--scale", str(scale)], env)
    subprocess.run(["/usr/bin/sqlite3", db, "UPDATE series SET demo = 0;"], env=env, check=True)
    return load


def session_timeout(scale):
    """How long one step of the overzicht session may take: 2 minutes, more for the first
    (checking) open of 100,000 meetings on a loaded machine."""
    return max(120.0, scale / 500)


def growth_figures(args, work, env, helper):
    """Per scale (1,000, 10,000 and 100,000 meetings by default): the overzicht's steps and the
    reports, beside the sqlite3 shell's one-pass read of the attendance table on the same file
    (issue 18's reference), interleaved; medians. The settle time (0.25 s of quiet) is not
    counted: each step ends at the last byte written."""
    rows = []
    for scale in args.scales:
        db = os.path.join(work, f"growth-{scale}", "dialoog.sqlite")
        dialoog = [os.path.abspath(args.dialoog), "--db", db]
        load = coordinator_store(helper, dialoog, db, scale, env)
        reference = ["/usr/bin/sqlite3", db, REFERENCE_SQL]
        timed(helper, reference, env)
        # One session first: it finds the file changed by sqlite3 and checks it whole, as any
        # open after another program's write does; the measured runs then find it clean and cached.
        overview_session(dialoog, env, timeout=session_timeout(scale))
        samples = {"reference": [], "csv": [], "json": [], "session": []}
        for _ in range(args.growth_runs):
            samples["reference"].append(timed(helper, reference, env))
            samples["csv"].append(timed(helper, dialoog + ["report", "--format", "csv", "--include-demo"], env))
            samples["json"].append(timed(helper, dialoog + ["report", "--format", "json", "--include-demo"], env))
            samples["session"].append(overview_session(dialoog, env, timeout=session_timeout(scale)))
        ref = statistics.median(s[0] for s in samples["reference"]) * 1e3
        for step in ("open", "filter", "drill-down", "return", "clear filter"):
            value = statistics.median(s[0][step] for s in samples["session"]) * 1e3
            rows.append((f"{scale:,} meetings: overzicht {step} (ms)", value, ref, "<= 2x"))
        for name in ("csv", "json"):
            value = statistics.median(s[0] for s in samples[name]) * 1e3
            # Issue 18 sets 2x for the CSV; the JSON is to stream and stay under 60 MB (below).
            rows.append((f"{scale:,} meetings: report --format {name} (ms)", value, ref, "<= 2x" if name == "csv" else ""))
        rows.append((f"{scale:,} meetings: peak memory, report json (MB)",
                     statistics.median(s[1] for s in samples["json"]) / 1024,
                     statistics.median(s[1] for s in samples["reference"]) / 1024, "< 60 MB"))
        rows.append((f"{scale:,} meetings: peak memory, overzicht (MB)",
                     statistics.median(s[1] for s in samples["session"]) / 1024,
                     statistics.median(s[1] for s in samples["reference"]) / 1024, "< 60 MB"))
        rows.append((f"{scale:,} meetings: making the store, dialoog demo (s)", load[0], 0, ""))
        shutil.rmtree(os.path.dirname(db), ignore_errors=True)
    return rows


def scale_figures(args, work, env, helper):
    """The rows measured on a demo at scale."""
    db = os.path.join(work, "scale", "dialoog.sqlite")
    dialoog = [os.path.abspath(args.dialoog), "--db", db]
    load = coordinator_store(helper, dialoog, db, SCALE, env)
    # Opened once first: the check after sqlite3's write is not what the rows time.
    open_overview(dialoog, env)
    statements = {}
    for name in ("meetings", "overview"):
        path = os.path.join(work, name + ".sql")
        with open(path, "w") as out:
            subprocess.run([args.bench, "sql", name], stdout=out, env=env, check=True)
        statements[name] = ["/usr/bin/sqlite3", "-csv", "-header", db, ".read " + path]
    report = dialoog + ["report", "--format", "csv", "--include-demo"]
    # One run of each first, so every measured run finds the file in the page cache.
    timed(helper, report, env)
    timed(helper, statements["meetings"], env)
    samples = {"report": [], "report_sql": [], "overview": [], "overview_sql": []}
    for _ in range(args.scale_runs):
        samples["report"].append(timed(helper, report, env))
        samples["report_sql"].append(timed(helper, statements["meetings"], env))
        samples["overview"].append(open_overview(dialoog, env))
        samples["overview_sql"].append(timed(helper, statements["overview"], env))

    def med(name, index):
        return statistics.median(s[index] for s in samples[name])

    opened = json.loads(subprocess.run([args.bench, "open", db], check=True, capture_output=True, text=True,
                                       env=env).stdout)
    return load, bundle_figures(args, work, env, helper, db) + [
        (f"open the store, {SCALE:,} meetings: clean vs full check (ms)", opened["clean_ms"], opened["full_ms"],
         "full check only after an unclean shutdown"),
        (f"report --format csv, {SCALE:,} meetings (ms)", med("report", 0) * 1e3, med("report_sql", 0) * 1e3,
         "<= 1.5x"),
        (f"overzicht opens, {SCALE:,} meetings (ms)", med("overview", 0) * 1e3, med("overview_sql", 0) * 1e3,
         "<= 1.5x"),
        ("peak memory, report --format csv (MB)", med("report", 1) / 1024, med("report_sql", 1) / 1024, "< 60 MB"),
        ("peak memory, overzicht open (MB)", med("overview", 1) / 1024, med("overview_sql", 1) / 1024, "< 60 MB"),
    ]


def sql_literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def bundle_figures(args, work, env, helper, db):
    """Export of the store at scale (one laptop's), import of the same rows as 100 bundles into
    a new store, and the same 100 again; beside the sqlite3 shell inserting those rows from a
    prepared SQL file into a new store of the same schema."""
    dialoog = [os.path.abspath(args.dialoog), "--db", db]
    whole = os.path.join(work, "whole.json")
    export = timed(helper, dialoog + ["export", "--plain", "--include-demo", "--output", whole], env,
                   stderr=subprocess.DEVNULL)
    with open(whole) as source:
        bundle = json.load(source)
    series = bundle["series"]
    files = []
    sql = ["BEGIN;"]
    for index in range(100):
        part = dict(bundle, series=series[index::100])
        path = os.path.join(work, f"bundle-{index:03}.json")
        with open(path, "w") as out:
            json.dump(part, out, sort_keys=True, separators=(",", ":"))
        files.append(path)
    for one in series:
        for table in ["series", "meeting", "block", "participant"] + sorted(
                set(one["rows"]) - {"series", "meeting", "block", "participant"}):
            for row in one["rows"].get(table, []):
                if table == "participant" and "nickname" not in row:
                    row = dict(row, nickname="#" + row["id"][:8])
                columns = sorted(row)
                sql.append(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES '
                           f'({", ".join(sql_literal(row[c]) for c in columns)});')
    sql.append("COMMIT;")
    inserts = os.path.join(work, "inserts.sql")
    with open(inserts, "w") as out:
        out.write("\n".join(sql) + "\n")
    meetings = sum(len(one["rows"].get("meeting", [])) for one in series)
    target = os.path.join(work, "coordinator", "dialoog.sqlite")
    reference = os.path.join(work, "reference", "dialoog.sqlite")
    # Both start from an empty store of this version's schema.
    subprocess.run([os.path.abspath(args.dialoog), "--db", reference, "demo", "--remove"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    first = timed(helper, [os.path.abspath(args.dialoog), "--db", target, "import"] + files, env)
    again = timed(helper, [os.path.abspath(args.dialoog), "--db", target, "import"] + files, env)
    inserted = timed(helper, ["/usr/bin/sqlite3", reference, ".read " + inserts], env)
    return [
        (f"export one store, {meetings:,} meetings (ms)", export[0] * 1e3, inserted[0] * 1e3, ""),
        (f"import 100 bundles, {meetings:,} meetings (ms)", first[0] * 1e3, inserted[0] * 1e3, "<= 3x"),
        ("import the same 100 again (ms)", again[0] * 1e3, inserted[0] * 1e3, "<= 1x"),
        ("peak memory, import of 100 bundles (MB)", first[1] / 1024, inserted[1] / 1024, "< 100 MB"),
    ]


def print_rows(rows):
    width = max(len(row[0]) for row in rows)
    print(f"{'figure':{width}} {'dialoog':>10} {'reference':>10} {'ratio':>8}  target")
    for name, value, ref, target in rows:
        ratio = value / ref if ref else float("nan")
        print(f"{name:{width}} {value:10.2f} {ref:10.2f} {ratio:7.2f}x  {target}")


def measuring_tools(work):
    """The peak-memory helper, built in `work`, and the environment every measured run gets."""
    helper = os.path.join(work, "peak-rss")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run(["cc", "-O2", os.path.join(here, "peak-rss.c"), "-o", helper], check=True)
    env = {"HOME": work, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
           "TZ": "Europe/Amsterdam", "DIALOOG_NOW": "2026-12-01T19:30:00"}
    return helper, env


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dialoog", required=True)
    parser.add_argument("--bench", required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--scale-runs", type=int, default=7)
    parser.add_argument("--scales", type=lambda text: [int(n) for n in text.split(",")],
                        default=[1_000, 10_000, 100_000], help="meetings per growth row, comma-separated")
    parser.add_argument("--growth-runs", type=int, default=3)
    parser.add_argument("--only-growth", action="store_true", help="only the rows per scale (issue 18)")
    parser.add_argument("--only-bundles", type=int, metavar="MEETINGS",
                        help="only the bundle rows (issue 19) on a demo of this many meetings")
    args = parser.parse_args()
    if not os.access("/usr/bin/sqlite3", os.X_OK):
        raise SystemExit("make bench compares dialoog with the sqlite3 shell, which is missing: "
                         "apt-get install sqlite3")

    work = tempfile.mkdtemp(prefix="dialoog-bench-")
    if args.only_bundles or args.only_growth:
        try:
            helper, env = measuring_tools(work)
            if args.only_bundles:
                db = os.path.join(work, "scale", "dialoog.sqlite")
                timed(helper, [os.path.abspath(args.dialoog), "--db", db, "demo", "--scale", str(args.only_bundles)],
                      env)
                print_rows(bundle_figures(args, work, env, helper, db))
            else:
                print_rows(growth_figures(args, work, env, helper))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        reference = os.path.join(work, "reference-curses")
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run(["cc", "-O2", os.path.join(here, "reference-curses.c"), "-o", reference, "-lncursesw"], check=True)
        helper, env = measuring_tools(work)
        db = os.path.join(work, "data", "dialoog.sqlite")
        dialoog = [os.path.abspath(args.dialoog), "--db", db]
        # The first start creates the database; measured starts open it, empty.
        created = run_in_pty(dialoog, env, b"stoppen")
        samples = {"dialoog": [], "reference": []}
        for _ in range(args.runs):
            samples["dialoog"].append(run_in_pty(dialoog, env, b"stoppen"))
            samples["reference"].append(run_in_pty([reference], env, b"dialoog"))

        def med(name, index):
            return statistics.median(s[index] for s in samples[name])

        render = json.loads(subprocess.run([args.bench, "render"], check=True, capture_output=True, text=True).stdout)
        tick = json.loads(subprocess.run([args.bench, "tick"], check=True, capture_output=True, text=True).stdout)
        sync = json.loads(subprocess.run([args.bench, "sync"], check=True, capture_output=True, text=True,
                                         env={**os.environ, "TMPDIR": work}).stdout)
        load, scale_rows = scale_figures(args, work, env, helper)
        growth_rows = growth_figures(args, work, env, helper)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = [
        ("start to first frame, empty db (ms)", med("dialoog", 0) * 1e3, med("reference", 0) * 1e3, "< 50 ms"),
        ("from 'q' to exit (ms)", med("dialoog", 1) * 1e3, med("reference", 1) * 1e3, ""),
        ("peak memory at first frame (MB)", med("dialoog", 2) / 1024, med("reference", 2) / 1024, "< 20 MB"),
        ("render 200x60 into a Screen (ms)", render["median_ms"], render["reference_ms"], "< 1 ms"),
        ("bytes written per clock tick", tick["tick_bytes_median"], tick["full_repaint_bytes"], "changed cells only"),
        ("one stored action, FULL vs NORMAL (ms)", sync["full_ms"], sync["normal_ms"], "< 50 ms (a key)"),
    ] + scale_rows + growth_rows
    print(f"dialoog bench: {args.runs} interleaved runs, pty {COLS}x{ROWS}; first start (creates the db): "
          f"{created[0] * 1e3:.1f} ms")
    print_rows(rows)
    print("references: start and memory = minimal C curses program (Benchmarks/reference-curses.c); "
          "render = filling a 200x60 grid cell by cell; tick = full repaint of the same 80x24 screen "
          f"({tick['full_repaint_bytes']} bytes); at scale = /usr/bin/sqlite3 -csv -header on the same "
          f"statements and file ({args.scale_runs} interleaved runs); bundles = /usr/bin/sqlite3 inserting the "
          "same rows from a prepared SQL file into an empty store (one run each)")
    print(f"dialoog demo --scale {SCALE}: {load[0]:.1f} s (target < 30 s), peak memory {load[1] / 1024:.1f} MB")


if __name__ == "__main__":
    main()
