#!/usr/bin/env bash
# P in the planner writes the printable plan as HTML into the print folder and says where;
# a second P the same day makes a second file instead of overwriting the first; :print does
# the same; the file holds the plan, the help card and the series' nicknames. P in the
# overzicht writes its report beside them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 100 24
shell_run "$(printf '%q ' "$DIALOOG_BIN") demo >/dev/null"
start_dialoog
wait_for "SERIES"
keys Enter
wait_for "Bijeenkomst 1"
keys P
wait_for "Afdrukbaar plan: ~/.local/share/dialoog/print/plan-"
wait_for "2026-12-01.html"
keys :
keys -l print
keys Enter
wait_for "2026-12-01-2.html"
keys q
wait_for "SERIES"
keys o
wait_for "dialoog · overzicht"
wait_for " Series ("
keys P
wait_for "Rapport: ~/.local/share/dialoog/print/rapport-alle-bijeenkomsten-2026-12-01.html"
keys q
wait_for "SERIES"
keys q
wait_exited

folder='~/.local/share/dialoog/print'
shell_run "ls $folder | wc -l"
wait_for_line "3"
# Held per organisation, raised themes, prompts per theme.
shell_run "grep -c '<svg' $folder/rapport-*.html"
wait_for_line "3"
shell_run "grep -c '<section class=\"page meeting\">' $folder/plan-*-2026-12-01.html"
wait_for_line "3"
shell_run "grep -c 'Alarmnummer 112' $folder/plan-*-2026-12-01.html"
wait_for_line "1"
shell_run "stat -c %a $folder/plan-*-2026-12-01.html"
wait_for_line "644"
pass
