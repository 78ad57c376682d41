#!/usr/bin/env bash
# b opens the bibliotheek: a methodology page scrolls to its source, Tab reaches the help
# directory with 112 on top, / finds a theme, and Esc walks back to the start screen.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys b
wait_for "Methodieken"
wait_for "FSAN · Jiheeye"

keys j j Enter
wait_for "HTIB: Methodiek van verandering"
wait_for "regel 1-19 van"
keys G
wait_for "001_8c4a2c86b6b5403a.txt"
keys Escape
wait_for "FSAN · Jiheeye"

keys Tab Tab
wait_for "Alarmnummer 112"
# What to do when someone discloses: first on the help tab, one Enter away.
wait_for "▶ ! Als iemand iets vertelt"
keys Enter
wait_for "In 30 seconden:"
wait_for "Gevaar nu? Bel 112."
keys Escape
wait_for "Alarmnummer 112"

keys /
keys -l huwelijksdwang
wait_for "Zoek: huwelijksdwang"
wait_for "Huwelijksdwang  thema"
keys Enter
wait_for "OVER DIT THEMA"
keys Escape
wait_for "Zoek: huwelijksdwang"
keys Escape
wait_for "Alarmnummer 112"
keys Escape
wait_for "Nog geen series"

keys q
wait_exited
pass
