#!/usr/bin/env bash
# The coordinator exports the overzicht's series as a bundle from the program, encrypted to the
# key made with `dialoog key new`; the age tool opens it, and importing it back changes nothing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders West' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run "$BIN key new >/dev/null"
shell_run clear

start_dialoog
wait_for "SERIES (1)"
keys o
wait_for " Series (1) "
# E opens the form; q is typed, not a way out.
keys E
wait_for "Bundel voor de coördinator"
wait_for "De 1 series van dit overzicht"
keys -l "uit-q.age"
keys Enter
wait_for "Bundel versleuteld geschreven naar uit-q.age: 1 serie, 3 bijeenkomsten."
# Writing it again is refused: an existing file is never replaced.
keys E
keys -l "uit-q.age"
keys Enter
wait_for "Niet gelukt"
# A key that is no key is refused before anything is written.
keys E
keys -l "ander.age"
# Down goes to the key field (Tab completes the path).
keys Down
keys -l "age1nee"
keys Enter
wait_for "'age1nee' is geen publieke sleutel"
# Importing the bundle back: the series is there already.
keys I
wait_for "Bundel inlezen"
keys -l "uit-q.age"
keys Enter
wait_for_regex "Ingelezen om [0-9]{2}:[0-9]{2} van laptop [0-9a-f]{8}: 0 nieuw, 0 bijgewerkt, 1 ongewijzigd"
keys q q
wait_exited
shell_run clear
shell_run "test ! -e ander.age && echo no-ander"
wait_for_line "no-ander"
shell_run "age -d -i .local/share/dialoog/keys/coordinator.age-key uit-q.age | grep -c dialoog-bundle"
wait_for_line "1"
pass
