#!/usr/bin/env bash
# Too small a window gets an explanation instead of a broken layout, and growing it
# again brings the full start screen back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

resize 50 12
wait_for "Het venster is te klein (50×12)."
wait_gone "Nog geen series"

resize 80 24
wait_for "Nog geen series"
wait_gone "te klein"
wait_for " ↑↓ kiezen  r bijeenkomst  n nieuw  b bibliotheek  ? help  q stoppen"

keys q
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
pass
