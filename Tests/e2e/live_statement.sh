#!/usr/bin/env bash
# A statement a participant phrased, typed in the deck with `+`, survives kill -9, comes back
# with plain `dialoog`, and is a card of the group's own in meeting 2's deck, with the meeting
# it comes from.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Noord' --municipality Utrecht --size 14 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders Noord · bijeenkomst 1/3"
keys Space
wait_gone "spatie start de timer"
keys s
keys +
wait_for "zoals de groep hem zei, zonder namen"
keys -l "Mannen huilen niet"
keys Enter
wait_for "Eigen stelling van de groep bewaard bij de reeks: Mannen huilen niet."
keys G
wait_for "Mannen huilen niet"
wait_for "van de groep, bijeenkomst 1"

find_dialoog_pid
kill -9 "$DIALOOG_PID"
wait_exited
run_in_session "stty sane; clear"

run_in_session "$BIN"
wait_for "Ouders Noord · bijeenkomst 1/3"
keys s
keys G
wait_for "Eigen stelling van de groep, uit bijeenkomst 1"
keys Escape
wait_gone "Stellingen ·"
keys e
wait_for "Bijeenkomst 1 afsluiten?"
keys Enter
wait_for "Bijeenkomst 1 is afgesloten."
keys Escape
wait_for "SERIES (1)"
keys q
wait_exited
run_in_session "clear"

start_dialoog run ouders
wait_for "Ouders Noord · bijeenkomst 2/3"
keys s
keys G
wait_for "[ ] Mannen huilen niet"
wait_for "van de groep, bijeenkomst 1"
wait_for "Eigen stelling van de groep, uit bijeenkomst 1"
keys Escape
wait_gone "Stellingen ·"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
