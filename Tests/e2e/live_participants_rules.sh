#!/usr/bin/env bash
# Meeting 1: two participants, one renamed (kill -9 after it: the new name is back), one
# removed and brought back with one undo, then removed for good; the ground rules as two lists,
# an agreement typed in over them; a signal "Veilig Thuis gebeld voor advies". Meeting 2: the
# renamed participant comes first as "eerder", the removed one is gone, and the rules list
# meeting 1's agreement with the group's rules; a block question asked in meeting 1 is marked
# "gebruikt in 1" where meeting 2 asks it again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders West' --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders West · bijeenkomst 1/3"
keys Space
wait_gone "spatie start de timer"

keys a
for name in Amal Bo; do
    keys +
    wait_for "bijnaam of initialen, geen volledige naam"
    keys -l "$name"
    keys Enter
done
wait_for "Aanwezigheid · 2 aanwezig"
# Amal is on the first row: rename to "Amal K."
keys Home
keys r
wait_for "nieuwe bijnaam: Amal"
keys -l " K."
# The typed text in the field first: Enter on an unchanged name closes the field without a
# change, so a failure here says the keys never arrived rather than that the rename was lost.
wait_for "nieuwe bijnaam: Amal K."
keys Enter
wait_gone "nieuwe bijnaam"
wait_for "Amal K."

# A kill -9 now: the rename was stored with the key that made it.
find_dialoog_pid
kill -9 "$DIALOOG_PID"
wait_exited
run_in_session "stty sane; clear"
start_dialoog
wait_for "Ouders West · bijeenkomst 1/3"
keys a
wait_for "Amal K."

# Bo: removed, brought back with u, removed again.
keys Down
keys x
wait_for "Bo is gewist uit deze bijeenkomst"
wait_for "Aanwezigheid · 1 aanwezig"
keys u
wait_for "Ongedaan gemaakt: Bo weggehaald."
wait_for "Aanwezigheid · 2 aanwezig"
keys x
wait_for "Aanwezigheid · 1 aanwezig"
keys Escape
wait_for "AANWEZIG 1 van 12"

# The rules: the group's list, then the gespreksleider's, each from 1.
keys r
wait_for "Spelregels van de groep"
wait_for "1.  We behandelen elkaar met respect"
keys +
wait_for "afspraak:"
keys -l "Telefoons gaan in de tas"
keys Enter
wait_for "Afspraak bewaard bij de spelregels: Telefoons gaan in de tas."
wait_for "Afspraken die de groep maakte"
wait_for "12. Telefoons gaan in de tas"
keys End
wait_for "Voor de gespreksleider · Yeni Pencere"
keys Escape
wait_gone "Voor de gespreksleider"

# Block 4 "Hoe voelde dat?": its last question marked asked in the deck.
keys n n n
wait_for "▶ Hoe voelde dat?"
keys s
keys End
wait_for "Hoe kom je daarop?"
keys Enter
keys Escape
wait_for "✓ Hoe kom je daarop?"

# A signal: Veilig Thuis called for advice.
keys v
wait_for "Signaal vastleggen"
keys Down
for _ in 1 2 3; do keys Right; done
wait_for "Veilig Thuis gebeld voor advies"
keys Enter
wait_for "Signaal bewaard"

keys e
wait_for "Bijeenkomst 1 afsluiten?"
keys Enter
wait_for "Bijeenkomst 1 is afgesloten."
keys q
wait_for "SERIES (1)"

# Meeting 2: the renamed participant, not the removed one; the agreement with the rules.
keys r
wait_for "Ouders West · bijeenkomst 2/3"
keys a
wait_for "Amal K."
wait_for "eerder"
wait_gone " Bo "
keys Escape
wait_gone "Aanwezigheid"
keys r
wait_for "11. Telefoons gaan op stil"
for _ in $(seq 11); do keys Down; done
wait_for "Afspraken die de groep maakte"
wait_for "12. Telefoons gaan in de tas"
keys Escape
wait_gone "Voor de gespreksleider"
# "Hoe kom je daarop?" was asked in meeting 1: the deck of "Mannen en vrouwen zijn gelijk" says so.
keys n n n n n
wait_for "▶ Mannen en vrouwen"
keys s
keys End
wait_for "gebruikt in 1"
keys Escape
wait_gone "Stellingen · Mannen"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
