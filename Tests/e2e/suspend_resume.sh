#!/usr/bin/env bash
# Ctrl-Z suspends dialoog and gives the shell back; fg brings the screen back whole.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
save_tty
start_dialoog
wait_for "Nog geen series"
keys C-z
wait_for_regex 'Stopped|gestopt'
assert_not_screen "Nog geen series"
run_in_session 'fg'
wait_for "Nog geen series"
wait_for_line " ↑↓ kiezen  r bijeenkomst  n nieuw  b bibliotheek  ? help  q stoppen"
keys q
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
assert_terminal_restored
pass
