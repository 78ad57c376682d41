#!/usr/bin/env bash
# The overzicht's Tabellen tab on the demo data: the series per municipality, per method and
# per organisation (w switches), and P writes the report of the same filter beside it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
shell_run "$(printf '%q ' "$DIALOOG_BIN") demo >/dev/null"
start_dialoog
wait_for "SERIES"
keys o
wait_for "dialoog · overzicht"
# The demo series count only when shown, as in every report.
keys f Down Down Down Down Down Right
wait_for "met demo"
keys Escape
wait_gone "Elke keuze telt meteen mee."

# Back from the series tab to the last one: the tables, per municipality first.
keys h
wait_for "per gemeente · per methodiek · per organisatie"
wait_for_regex "^ +gemeente +series +geh\. +ber\. +sign\. +doel$"
wait_for_regex "^ +Den Haag +[0-9]+ +[0-9]+/[0-9]+ +[0-9]+ +[0-9]+ +(–|[0-9]+%)$"
wait_for "w andere tabel"
keys w
wait_for_regex "^ +methodiek +series +geh\."
keys w
wait_for_regex "^ +organisatie +series +geh\."
keys w
wait_for_regex "^ +gemeente +series +geh\."

# The report of what the screen counts.
keys P
wait_for "Rapport: ~/.local/share/dialoog/print/rapport-"
keys q
wait_for "SERIES"
keys q
wait_exited

folder='~/.local/share/dialoog/print'
shell_run "grep -q 'met demoseries' $folder/rapport-*.html && grep -q '<h2>Per gemeente</h2>' $folder/rapport-*.html && echo beide"
wait_for_line "beide"
pass
