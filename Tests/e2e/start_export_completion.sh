#!/usr/bin/env bash
# E on the start screen opens the overzicht's bundle form over every series; Tab completes
# the folder, a second Tab lists the files that fit, and the bundle is written there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders West' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run "$BIN key new >/dev/null"
shell_run "mkdir -p 'Mijn bundels' && touch 'Mijn bundels/kwartaal-1.age' 'Mijn bundels/kwartaal-2.age'"
shell_run clear

start_dialoog
wait_for "SERIES (1)"
keys E
wait_for "Bundel voor de coördinator"
keys -l "~/Mi"
keys Tab
wait_for "~/Mijn bundels/"
keys -l "k"
keys Tab
wait_for "~/Mijn bundels/kwartaal-"
keys Tab
wait_for "kwartaal-1.age kwartaal-2.age"
keys -l "3.age"
wait_gone "kwartaal-1.age kwartaal-2.age"
keys Enter
wait_for "Bundel versleuteld geschreven naar ~/Mijn bundels/kwartaal-3.age: 1 serie"
# I on the start screen: the same form, for a file to read.
keys Escape
wait_for "SERIES (1)"
keys I
wait_for "Bundel inlezen"
keys -l "~/Mijn bundels/nergens/x"
keys Tab
wait_for "is er niet of is niet te lezen"
keys Escape
wait_gone "Bundel inlezen"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
shell_run clear
shell_run "test -s 'Mijn bundels/kwartaal-3.age' && echo written"
wait_for_line "written"
pass
