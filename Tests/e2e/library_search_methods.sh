#!/usr/bin/env bash
# / in the bibliotheek finds the methods' own texts and the common base: each result says
# where it stands, and Enter opens that page at that place.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys b
wait_for "Methodieken"
keys /
keys -l piramide
wait_for "Zoek: piramide"
wait_for "De piramide  SMN · Regels voor de gespreksleider"
# Walk to the rule and open it: the page of SMN's method, scrolled to the rule.
for _ in $(seq 1 20); do
    if screen | grep -q "▶ De piramide  SMN"; then break; fi
    keys Down
    sleep 0.1
done
wait_for "▶ De piramide  SMN"
keys Enter
wait_for "Begin breed en algemeen"
assert_not_screen "SMN: Gesprek in vrijheid"
keys Escape
wait_for "Zoek: piramide"
keys Escape

# Accents and capitals do not matter; a block of an agenda says its meeting.
keys /
keys -l "SPELRÉGELS AFSPREKEN"
wait_for "Spelregels afspreken  HTIB · Bijeenkomst 1"
keys Escape
keys /
keys -l "vraag met ondervraag"
wait_for "De vraag met ondervraag  SMN · Regels voor de gespreksleider"
keys Escape Escape
wait_for "Nog geen series"
keys q
wait_exited
pass
