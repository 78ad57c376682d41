#!/usr/bin/env bash
# A file that is not a dialoog database is refused with a sentence that says what to do,
# exit 65, and the file is left exactly as it was.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 100 24
notes=$E2E_HOME/aantekeningen.sqlite
printf 'Geen database, wel belangrijke aantekeningen.\n' >"$notes"
before=$(sha256sum "$notes")

start_dialoog --db "$notes"
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=65"
assert_screen "is geen database van dialoog"
assert_screen "Het bestand is niet"
[[ $(sha256sum "$notes") == "$before" ]] || fail "the refused file was changed"
[[ ! -e $notes-wal && ! -e $notes-shm ]] || fail "SQLite files were left beside the refused file"
pass
