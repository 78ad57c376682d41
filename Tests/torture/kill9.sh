#!/usr/bin/env bash
# kill -9 in a live meeting with keys in flight, ROUNDS times (default 12) with a fixed seed:
# in each round one participant is added and seen on screen (a confirmed action), more keys
# are sent, and dialoog is killed after a seeded delay. Every restart must resume the
# meeting with every confirmed participant; at the end the store holds them all.
# Usage: DIALOOG_BIN=.build/debug/dialoog bash Tests/torture/kill9.sh
set -euo pipefail
source "$(dirname "$0")/../e2e/lib.sh"
E2E_NAME=torture-kill9

ROUNDS=${TORTURE_ROUNDS:-12}
RANDOM=${TORTURE_SEED:-20261207}
db=$E2E_HOME/d.sqlite

start_session 100 30
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN --db $db series new --method yeni-pencere --name 'Ouders Oost' --size 40 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear
run_in_session "env -u DIALOOG_NOW $BIN --db $db run ouders"
wait_for "Ouders Oost · bijeenkomst 1/3"
keys Space
keys n
wait_for "▶ Spelregels afspreken"

for ((round = 1; round <= ROUNDS; round++)); do
    keys a +
    keys -l "Deelnemer$round"
    keys Enter
    # Confirmed: the count on screen includes this participant.
    wait_for "Aanwezigheid · $round aanwezig"
    # Keys in flight: another participant half typed, a block moved on and back.
    keys -l "Half$round"
    keys Escape
    sleep "0.0$((RANDOM % 10))"
    find_dialoog_pid
    kill -9 "$DIALOOG_PID"
    wait_exited
    run_in_session "stty sane; clear"
    run_in_session "env -u DIALOOG_NOW $BIN --db $db"
    wait_for "▶ Spelregels afspreken"
    wait_for "AANWEZIG $round van 40"
done
keys q
wait_for "loopt nu"
keys q
wait_exited
stored=$(sqlite3 "$db" "SELECT count(*) FROM attendance")
[[ $stored == "$ROUNDS" ]] || fail "the store holds $stored attendances after $ROUNDS confirmed, killed rounds"
for ((round = 1; round <= ROUNDS; round++)); do
    [[ $(sqlite3 "$db" "SELECT count(*) FROM participant WHERE nickname = 'Deelnemer$round'") == 1 ]] ||
        fail "Deelnemer$round was lost"
done
pass
