#!/usr/bin/env bash
# kill -9 while a note is being typed: plain `dialoog` resumes the meeting with the note
# panel open on what was typed (kept with the meeting at every key), and Enter stores it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Oost' --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

run_in_session "env -u DIALOOG_NOW $BIN run ouders"
wait_for "Ouders Oost · bijeenkomst 1/3"
keys Space
keys m
wait_for "geen namen of details"
keys -l "Amina wil over school praten"
wait_for "Amina wil over school praten"

find_dialoog_pid
kill -9 "$DIALOOG_PID"
wait_exited
run_in_session "stty sane; clear"

run_in_session "env -u DIALOOG_NOW $BIN"
wait_for "geen namen of details"
wait_for "Amina wil over school praten"
keys -l " na de zomer"
keys Enter
wait_for "Notitie bewaard."
keys q
wait_for "loopt nu"
keys q
wait_exited
pass
