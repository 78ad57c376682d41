#!/usr/bin/env bash
# n makes a series through the form: the proposal opens in the planner, a ticked checklist
# item is stored at once, after a restart Enter opens the same plan again, and the plan
# prints on the command line with its times and its help card.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys n
wait_for "NIEUWE SERIE"
keys Down
keys -l "Moeders Oost"
keys Tab Tab
keys -l Utrecht
keys Tab Tab Tab Tab Tab Tab
keys -l "2026-12-08 19:30"
keys Tab Tab Tab
wait_for "Enter maakt een voorstel"
keys Enter
wait_for "Moeders Oost is gemaakt"
wait_for "Bijeenkomst 1"
wait_for "di 8 dec 19:30"

keys c
wait_for "Voorbereiding · 0 van 7 gedaan"
keys Space
wait_for "Voorbereiding · 1 van 7 gedaan"
keys Escape
wait_gone "Voorbereiding ·"
keys Escape
wait_for "▶ Moeders Oost"
keys q
wait_exited

start_dialoog
wait_for "▶ Moeders Oost"
keys Enter
wait_for "Bijeenkomst 1"
keys c
wait_for "Voorbereiding · 1 van 7 gedaan"
keys Escape
wait_gone "Voorbereiding ·"
keys q
wait_for "▶ Moeders Oost"
keys q
wait_exited

shell_run "$(printf '%q ' "$DIALOOG_BIN") plan show moeders --meeting 1 --format text | head -12"
wait_for "Moeders Oost"
wait_for "BIJEENKOMST 1 · DI 8 DEC 19:30–21:30"
shell_run "$(printf '%q ' "$DIALOOG_BIN") plan show moeders --format text | grep -c 'Alarmnummer 112'"
wait_for_line "1"
pass
