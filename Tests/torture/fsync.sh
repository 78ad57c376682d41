#!/usr/bin/env bash
# Durability as promised: strace attached to a live meeting counts the syncs of the -wal
# while participants are added. Each confirmed action must have reached the disk
# (synchronous = FULL: at least one fsync/fdatasync of the -wal per action). Skipped when
# strace is missing or cannot attach (ptrace restricted).
set -euo pipefail
source "$(dirname "$0")/../e2e/lib.sh"
E2E_NAME=torture-fsync

if ! command -v strace >/dev/null; then
    E2E_REPORTED=1
    echo "ok - $E2E_NAME # SKIP strace not installed"
    exit 0
fi
ACTIONS=3
db=$E2E_HOME/d.sqlite
start_session 100 30
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN --db $db series new --method yeni-pencere --name 'Ouders Oost' --size 12 --dates '2026-12-01 19:30' >/dev/null"
run_in_session "env -u DIALOOG_NOW $BIN --db $db run ouders"
wait_for "Ouders Oost · bijeenkomst 1/3"
keys Space
keys n
wait_for "▶ Spelregels afspreken"
find_dialoog_pid
trace=$E2E_TMP/trace
strace -f -y -e trace=fsync,fdatasync -o "$trace" -p "$DIALOOG_PID" 2>"$E2E_TMP/strace.err" &
tracer=$!
sleep 1
if ! kill -0 "$tracer" 2>/dev/null; then
    E2E_REPORTED=1
    echo "ok - $E2E_NAME # SKIP strace cannot attach: $(head -c 200 "$E2E_TMP/strace.err")"
    exit 0
fi
for ((n = 1; n <= ACTIONS; n++)); do
    keys a +
    keys -l "Deelnemer$n"
    keys Enter
    wait_for "Aanwezigheid · $n aanwezig"
    keys Escape
    wait_for "AANWEZIG $n van 12"
done
sleep 0.3
kill -INT "$tracer"
wait "$tracer" || true
syncs=$(grep -cE 'f(data)?sync\([0-9]+<[^>]*-wal>' "$trace" || true)
((syncs >= ACTIONS)) || fail "$syncs syncs of the -wal for $ACTIONS confirmed actions: $(head -c 400 "$trace")"
echo "# $syncs syncs of the -wal for $ACTIONS actions"
keys q
wait_for "loopt nu"
keys q
wait_exited
pass
