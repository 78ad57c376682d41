#!/usr/bin/env bash
# TERM=dumb (no cursor addressing) gets the clear exit 69 the other unusable terminals get,
# and Ctrl-S / Ctrl-Q do not freeze the screen: flow control (IXON) is off while dialoog
# runs, and the shell gets its tty modes back, IXON included.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 100 24
save_tty
run_in_session "TERM=dumb $(printf '%q' "$DIALOOG_BIN"); echo exit=\$?"
wait_for_line "exit=69"
assert_screen "De terminal 'dumb' kan niet gestart worden"
shell_run clear

start_dialoog
wait_for "Nog geen series"
# With IXON on, C-s would stop all output until C-q, and the help would never appear.
keys C-s
keys '?'
wait_for "Toetsen"
keys Escape
wait_gone "Toetsen"
keys C-q
keys q
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
assert_terminal_restored
shell_run 'stty -a | grep -o -- "-\?ixon" >~/.ixon'
[[ $(cat "$E2E_HOME/.ixon") == "ixon" ]] || fail "ixon not restored: $(cat "$E2E_HOME/.ixon")"
pass
