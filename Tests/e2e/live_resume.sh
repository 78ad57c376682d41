#!/usr/bin/env bash
# kill -9 in the middle of a meeting: plain `dialoog` opens the same meeting on the same
# block, with the participant added and the block's timer gone on, not reset. A resize
# during the meeting switches between the full and the narrow layout. The real clock runs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Oost' --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

run_in_session "env -u DIALOOG_NOW $BIN run ouders"
wait_for "Ouders Oost · bijeenkomst 1/3"
keys Space
keys n
wait_for "▶ Spelregels afspreken"
keys a +
keys -l "Sara"
keys Enter
wait_for "Aanwezigheid · 1 aanwezig"
keys Escape
wait_for "AANWEZIG 1 van 12"
wait_for_regex "00:0[2-9] / 10:00"

resize 60 16
wait_for "blok 2/7"
wait_gone "AGENDA"
resize 80 24
wait_for "AGENDA"

find_dialoog_pid
kill -9 "$DIALOOG_PID"
wait_exited
run_in_session "stty sane; clear"

run_in_session "env -u DIALOOG_NOW $BIN"
wait_for "▶ Spelregels afspreken"
wait_for "AANWEZIG 1 van 12"
# The timer counted on while dialoog was gone: never back to 00:00 or 00:01.
wait_for_regex "00:(0[3-9]|[1-5][0-9]) / 10:00"
keys q
wait_for "loopt nu"
keys q
wait_exited
pass
