#!/usr/bin/env bash
# The fault table of issue 20, as the command line meets it: each file dialoog must refuse is
# refused with its exit code by every command, reading or writing, and the folder it lies in
# is byte for byte what it was (no -wal or -shm beside it). A FIFO must not hang. Values the
# program never writes (an unknown state, a date that is no date, 2^62 minutes) are refused
# with 65, never a trap, and the message does not blame permissions. A
# read-only database is listed and reported.
# Usage: DIALOOG_BIN=.build/debug/dialoog bash Tests/torture/faults.sh
set -uo pipefail

BIN=$(realpath -m -- "${DIALOOG_BIN:-$(dirname "$0")/../../.build/debug/dialoog}")
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dialoog-faults.XXXXXX")
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
failed=0 checked=0

dialoog() {
    env -i PATH="$PATH" HOME="$TMP/home" LANG=C.UTF-8 TZ=Europe/Amsterdam \
        DIALOOG_NOW=2026-12-01T19:30:00 timeout 10 "$BIN" "$@"
}
folder_sum() { (cd "$1" && find . -mindepth 1 -printf '%p %m\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
bad() { echo "not ok - $*"; failed=$((failed + 1)); }

# expect CASE WANT-EXIT FILE COMMAND...: runs the command on --db FILE, checks the exit
# code and that FILE's folder did not change.
expect() {
    local case=$1 want=$2 file=$3
    shift 3
    local before after status
    before=$(folder_sum "$(dirname "$file")")
    dialoog --db "$file" "$@" >"$TMP/out" 2>"$TMP/err"
    status=$?
    after=$(folder_sum "$(dirname "$file")")
    checked=$((checked + 1))
    ((status == want)) || bad "$case: '$*' exited $status, want $want: $(head -c 300 "$TMP/err")"
    [[ $before == "$after" ]] || bad "$case: '$*' changed the folder"
    if ((want != 0)) && grep -q "rechten" "$TMP/err"; then bad "$case: '$*' speaks of permissions: $(cat "$TMP/err")"; fi
}

mkdir -p "$TMP/home"
good=$TMP/good/d.sqlite
mkdir -p "$TMP/good"
dialoog --db "$good" series new --method yeni-pencere --name 'Ouders Oost' --size 12 \
    --dates '2026-12-01 19:30' >/dev/null || bad "could not make a database"
dialoog --db "$good" plan export 'Ouders Oost' >"$TMP/plan.txt" || bad "could not export a plan"
dialoog --db "$good" export --plain --output "$TMP/bundle.json" 2>/dev/null || bad "could not export a bundle"

make_case() { # make_case NAME: a folder with the case's file at $TMP/NAME/d.sqlite
    mkdir -p "$TMP/$1"
    local f=$TMP/$1/d.sqlite
    case $1 in
    not-sqlite) printf 'aantekeningen\n' >"$f" ;;
    only-a-view) sqlite3 "$f" 'CREATE VIEW answer AS SELECT 42' ;;
    other-program) sqlite3 "$f" 'CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ("x")' ;;
    user-version) cp "$good" "$f" && sqlite3 "$f" 'PRAGMA user_version = 99' ;;
    newer-migration) cp "$good" "$f" && sqlite3 "$f" "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')" ;;
    state-weird) cp "$good" "$f" && sqlite3 "$f" "PRAGMA ignore_check_constraints = ON; UPDATE meeting SET state = 'weird' WHERE number = 2" ;;
    starts-garbage) cp "$good" "$f" && sqlite3 "$f" "UPDATE meeting SET startsAt = 'garbage' WHERE number = 1" ;;
    minutes-huge) cp "$good" "$f" && sqlite3 "$f" "PRAGMA ignore_check_constraints = ON; UPDATE block SET minutes = 4611686018427387904" ;;
    # Closed in order by dialoog (its clean-shutdown marker beside it), then edited in place by
    # another program: the full check must still run.
    edited-after-clean)
        dialoog --db "$f" series new --method yeni-pencere --name 'Ouders Oost' --size 12 \
            --dates '2026-12-01 19:30' >/dev/null
        [[ -e $f.clean ]] || bad "edited-after-clean: no clean-shutdown marker after an orderly exit"
        sqlite3 "$f" "PRAGMA ignore_check_constraints = ON; UPDATE meeting SET state = 'weird' WHERE number = 2"
        ;;
    fifo) mkfifo "$f" ;;
    folder) mkdir "$f" ;;
    esac
    chmod 600 "$f" 2>/dev/null
}

for c in not-sqlite only-a-view other-program user-version newer-migration state-weird starts-garbage \
    minutes-huge edited-after-clean fifo folder; do
    make_case "$c"
    want=65
    [[ $c == fifo || $c == folder ]] && want=66
    f=$TMP/$c/d.sqlite
    expect "$c" $want "$f" series list
    expect "$c" $want "$f" series show ouders
    expect "$c" $want "$f" plan show ouders
    expect "$c" $want "$f" report
    expect "$c" $want "$f" series new --method yeni-pencere --name Nieuw
    expect "$c" $want "$f" plan import "$TMP/plan.txt"
    expect "$c" $want "$f" export --plain --output "$TMP/export-$c.json"
    expect "$c" $want "$f" import "$TMP/bundle.json"
    expect "$c" $want "$f" erase series ouders --yes
    expect "$c" $want "$f" backup "$TMP/backup-$c.sqlite" --plain
done

# A plan file cannot set meeting states for a new series (two running, or all ended).
mkdir -p "$TMP/states"
sed -e 's/^    kind: regular$/    kind: regular\n    state: running/' "$TMP/plan.txt" >"$TMP/states/plan.txt"
grep -q 'state: running' "$TMP/states/plan.txt" || bad "could not write a plan with states"
dialoog --db "$TMP/states/d.sqlite" plan import "$TMP/states/plan.txt" >/dev/null 2>"$TMP/err"
status=$?
checked=$((checked + 1))
((status == 65)) || bad "a plan with running meetings: exit $status, want 65: $(cat "$TMP/err")"
dialoog --db "$TMP/states/d.sqlite" series list | grep -q 'Ouders Oost' && bad "a plan with running meetings was stored"
# A NUL in a plan's name is refused with file:line.
sed -e 's/^  name: Ouders Oost$/  name: "Ouders\\0Oost"/' "$TMP/plan.txt" >"$TMP/states/nul.txt"
dialoog --db "$TMP/states/d.sqlite" plan import "$TMP/states/nul.txt" >/dev/null 2>"$TMP/err"
status=$?
checked=$((checked + 1))
((status == 65)) || bad "a plan with a NUL: exit $status, want 65: $(cat "$TMP/err")"
grep -q "nul.txt:[0-9]*: 'name'" "$TMP/err" || bad "a plan with a NUL: no file:line: $(cat "$TMP/err")"

# A read-only database (0400 in a read-only folder) is listed and reported, untouched.
mkdir -p "$TMP/readonly"
cp "$good" "$TMP/readonly/d.sqlite"
chmod 400 "$TMP/readonly/d.sqlite"
chmod 500 "$TMP/readonly"
for command in "series list" "series show ouders" "plan show ouders" "plan export ouders" "report"; do
    # shellcheck disable=SC2086
    expect read-only 0 "$TMP/readonly/d.sqlite" $command
done
# plan check reads too; it exits 1 because the plan has warnings (COC on the card has no
# contact details in the sources), which is the answer it reads from the file.
expect read-only 1 "$TMP/readonly/d.sqlite" plan check ouders
chmod 700 "$TMP/readonly"

# Reading a missing file creates nothing.
expect missing 0 "$TMP/good/nothing-here.sqlite" series list
[[ ! -e $TMP/good/nothing-here.sqlite ]] || bad "series list created a database"

echo "faults: $checked checks, $failed failed"
((failed == 0))
