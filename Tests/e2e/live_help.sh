#!/usr/bin/env bash
# Help during a live meeting (issue 14): on the second block with the timer running, `!` opens
# the composed card (112, Veilig Thuis with every field labelled), `/` searches the whole
# help directory, `Tab` opens "Als iemand iets vertelt", and Esc walks back to the card and
# then to the live screen, on the same block, the timer still running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders Oost' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders Oost · bijeenkomst 1/3"
keys Space
wait_gone "spatie start de timer"
keys n
wait_for "▶ Spelregels afspreken"

# The card: 112 first, then Veilig Thuis whatever the themes, each field labelled.
keys '!'
wait_for "┌─ Hulpkaart"
wait_for "Alarmnummer 112"
wait_for "Veilig Thuis · Dag en nacht bereikbaar (24/7)"
wait_for "Telefoon: 0800-2000"
wait_for "Uren telefoon: Dag en nacht (24/7)"
wait_for "/ alle hulp"

# The whole directory, from inside the card: an entry that is not on this card.
keys /
wait_for "┌─ Alle hulp"
keys -l "expertisecentrum eer"
wait_for "Landelijk Expertisecentrum Eergerelateerd Geweld (LEC-EGG)"
wait_for "Alleen voor professionals"
wait_for "Gecontroleerd: "
keys Enter
wait_for "/ alle hulp"

# Esc: back to the card; Tab: the disclosure page, short part first.
keys Escape
wait_for "┌─ Hulpkaart"
keys Tab
wait_for "┌─ Als iemand iets vertelt"
wait_for "In 30 seconden:"
wait_for "Gevaar nu? Bel 112."
keys Escape
wait_for "┌─ Hulpkaart"
keys Escape
wait_gone "┌─ Hulpkaart"

# The live screen, on the same block, the timer never paused.
wait_for "▶ Spelregels afspreken"
wait_for " spatie timer  n volgende"
assert_not_screen "gepauzeerd"
assert_not_screen "spatie start de timer"

# `i` opens the page straight from the live screen too.
keys i
wait_for "┌─ Als iemand iets vertelt"
keys Escape
wait_for "▶ Spelregels afspreken"
assert_not_screen "gepauzeerd"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
