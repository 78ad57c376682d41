#!/usr/bin/env bash
# A series planned by typing: the group size and a block's minutes as numbers, the dates as
# the Dutch write them (read back while typing; the second without a time takes the first's),
# then a block removed with x, asked about, and brought back with u.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys n
wait_for "NIEUWE SERIE"
keys Down
keys -l "Moeders West"
keys Tab Tab Tab Tab Tab Tab Tab
wait_for "Hoeveel deelnemers je verwacht (1 tot en met 500)"
keys -l "12"
keys Tab
keys -l "ma 15 dec 2026 19:30"
wait_for "Die datum valt op dinsdag, niet op maandag."
keys C-u
keys -l "di 15 dec 2026 19.30"
wait_for "→ dinsdag 15 december 2026, 19:30"
keys Tab
keys -l "22-12-2026"
wait_for "→ dinsdag 22 december 2026, 19:30"
keys Tab Tab
wait_for "Enter maakt een voorstel"
keys Enter
wait_for "Moeders West is gemaakt"
wait_for "di 15 dec 19:30"

# The first block's minutes, typed.
keys Enter
wait_for "Minuten"
keys Down Down Down Down
wait_for "Enter om een getal van 1 tot en met 240 te typen"
keys Enter
wait_for "Typ een getal van 1 tot en met 240"
keys -l "40"
keys Enter
wait_for "40 min"
keys Escape
wait_gone "Minuten"

# x asks, j removes and says so, u brings it back.
keys Down
keys x
wait_for "weghalen? j: ja"
keys n
wait_gone "weghalen?"
keys x
wait_for "weghalen? j: ja"
keys j
wait_for "Weggehaald: blok"
keys u
wait_for "Teruggezet: blok"
keys Escape
wait_for "▶ Moeders West"
keys q
wait_exited

shell_run "$(printf '%q ' "$DIALOOG_BIN") plan show moeders --format text | grep -E 'BIJEENKOMST [12] ·'"
wait_for "BIJEENKOMST 1 · DI 15 DEC 19:30"
wait_for "BIJEENKOMST 2 · DI 22 DEC 19:30"
pass
