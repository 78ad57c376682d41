#!/usr/bin/env bash
# A whole meeting with the keys in `?`: the timer, two participants, a prompt with the
# group's response, a note, the next block, the privacy screen and back, closing the
# meeting and a first score in its evaluation; then everything is in `dialoog series show
# --format json`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Oost' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders Oost · bijeenkomst 1/3"
wait_for "spatie start de timer"
wait_for " spatie timer  n volgende  a aanwezig  s stellingen  ! hulp  b scherm uit"
keys Space
wait_gone "spatie start de timer"
wait_for "op schema"

keys a
wait_for "Aanwezigheid · 0 aanwezig"
keys +
wait_for "bijnaam of initialen, geen volledige naam"
keys -l "Fatma Y."
keys Enter
wait_for "Aanwezigheid · 1 aanwezig"
keys +
keys -l "AK"
keys Enter
wait_for "Aanwezigheid · 2 aanwezig"
keys Escape
wait_for "AANWEZIG 2 van 12"

keys s
wait_for "Stellingen · Welkom en kennismaking"
keys 1
wait_for_regex "\[✓\].*open │$"
keys Escape
wait_for "STELLINGEN 1 van 1 gebruikt"

keys m
wait_for "geen namen of details"
keys -l "Groep komt los"
keys Enter
wait_for "Notitie bewaard."

keys n
wait_for "▶ Spelregels afspreken"

# The privacy screen hides everything; any key brings the meeting back.
keys b
wait_for "Even pauze"
wait_gone "AGENDA"
wait_gone "Ouders Oost"
keys x
wait_for "AGENDA"
wait_for "▶ Spelregels afspreken"

keys e
wait_for "Bijeenkomst 1 afsluiten?"
keys Enter
# The evaluation form opens, saying the meeting was stored; a score is stored at once, and q
# goes back to the start screen.
wait_for "BIJEENKOMST 1"
wait_for "Bijeenkomst 1 is afgesloten."
keys j 4
wait_for "Sfeer           ●●●●○ 4"
keys q
wait_for "SERIES (1)"
keys q
wait_exited

shell_run "$BIN series show ouders --format json >~/series.json"
shell_run "grep -c -e '\"state\" : \"ended\"' -e '\"nickname\" : \"Fatma Y.\"' -e '\"text\" : \"Groep komt los\"' -e '\"response\" : \"open\"' ~/series.json"
wait_for_line "4"
pass
