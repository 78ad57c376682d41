#!/usr/bin/env bash
# Start screen appears with the pinned clock, q quits with 0 and gives the shell back
# as it was, and the default database is created private to the user.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
save_tty
start_dialoog
wait_for "Nog geen series"
wait_for_regex '^ dialoog · voor gespreksleiders +di 1 dec  19:30$'
wait_for_line " Gegevens: ~/.local/share/dialoog/dialoog.sqlite"
wait_for_line " ↑↓ kiezen  r bijeenkomst  n nieuw  b bibliotheek  ? help  q stoppen"

keys q
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
assert_not_screen "Nog geen series"
assert_terminal_restored

data=$E2E_HOME/.local/share/dialoog
[[ -f $data/dialoog.sqlite ]] || fail "no database at $data/dialoog.sqlite"
[[ $(stat -c %a "$data") == 700 ]] || fail "data folder has mode $(stat -c %a "$data"), want 700"
[[ $(stat -c %a "$data/dialoog.sqlite") == 600 ]] ||
    fail "database has mode $(stat -c %a "$data/dialoog.sqlite"), want 600"
pass
