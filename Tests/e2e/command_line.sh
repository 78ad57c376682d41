#!/usr/bin/env bash
# The : command line: a known command, an unknown one, and :q to leave.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys :
keys -l "theme licht"
keys Enter
wait_for "Kleuren: licht."

keys :
keys -l "foo"
keys Enter
wait_for "Onbekende opdracht ':foo'"

keys :
keys -l "q"
keys Enter
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
pass
