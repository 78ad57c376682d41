#!/usr/bin/env bash
# A paragraph pasted into a live note: tmux brackets it (dialoog asked for bracketed paste),
# its line breaks become spaces instead of Enter, the letters in it press no key of the
# meeting behind, and the note is typed on where the cursor is. A paste on the meeting
# screen itself does nothing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Oost' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "spatie start de timer"

# On the meeting screen: e would ask to close the meeting, q would leave it.
tmux_ set-buffer -b loose $'e\nq\n'
tmux_ paste-buffer -p -b loose -t "$E2E_TARGET"
keys m
wait_for "geen namen of details"
assert_not_screen "afsluiten?"
assert_screen "spatie start de timer"

tmux_ set-buffer -b para $'e q n\nGroep komt los,\nveel herkenning.\n'
tmux_ paste-buffer -p -b para -t "$E2E_TARGET"
wait_for "e q n Groep komt los, veel herkenning."
assert_screen "geen namen of details"
# The cursor goes to the start; the note is typed on there.
keys Home
keys -l "Begin: "
wait_for "Begin: e q n Groep komt los, veel herkenning."
keys Enter
wait_for "Notitie bewaard."
wait_for "spatie start de timer"
keys q
wait_for "SERIES (1)"
keys q
wait_exited

shell_run "$BIN series show ouders --format json >~/series.json"
shell_run "grep -c -e '\"text\" : \"Begin: e q n Groep komt los, veel herkenning.\"' ~/series.json"
wait_for_line "1"
pass
