#!/usr/bin/env bash
# Meeting 1 with 6 named participants and 8 without a nickname, and a theme the group raised;
# the close dialog counts them together; the planner then suggests the group's theme for
# meeting 2, and meeting 2's live screen opens.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Noord' --municipality Utrecht --size 14 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders Noord · bijeenkomst 1/3"
keys Space
wait_gone "spatie start de timer"

keys a
wait_for "zonder bijnaam (aantal)  0"
for name in Amal Bo Cem Dilan Ebru Fadumo; do
    keys +
    wait_for "bijnaam of initialen, geen volledige naam"
    keys -l "$name"
    keys Enter
done
wait_for "Aanwezigheid · 6 aanwezig"
for _ in 1 2 3 4 5 6 7; do keys Down; done
keys Enter
keys -l 8
keys Enter
wait_for "Aanwezigheid · 14 aanwezig"
wait_for "zonder bijnaam (aantal)  8"
keys Escape
wait_for "AANWEZIG 14 van 14"

keys s
keys t
wait_for "een paar woorden, geen namen"
keys -l "geld"
keys Enter
wait_for "Eigen thema bewaard: geld."
keys Escape
wait_gone "Eigen thema's: geld"

keys e
wait_for "Bijeenkomst 1 afsluiten?"
wait_for "deelnemers: 14 (6 met een bijnaam en 8 zonder)"
keys Enter
wait_for "Bijeenkomst 1 is afgesloten."
keys q
wait_for "SERIES (1)"
# The planner: meeting 2 suggests the theme the group raised in meeting 1.
keys Enter
wait_for "Bijeenkomst 2"
keys l
wait_for "De groep bracht zelf in: geld (1)"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
