#!/usr/bin/env bash
# A meeting is held and evaluated, and the coordinator finds it in the overzicht: the series
# with its meeting held and its felt safety, the same series at a glance, and the way back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders West' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

# Meeting 1 runs and is closed; its evaluation gets a felt safety of 4.
start_dialoog run ouders
wait_for "Ouders West · bijeenkomst 1/3"
keys Space
wait_for "op schema"
keys e
wait_for "Bijeenkomst 1 afsluiten?"
keys Enter
wait_for "BIJEENKOMST 1"
keys j j 4
wait_for "Veiligheid      ●●●●○ 4"
keys q
wait_for "SERIES (1)"

# The overzicht: one series, one of three meetings held, safety 4,0.
keys o
wait_for "dialoog · overzicht"
wait_for " Series (1) "
wait_for_regex "▶ Ouders West +IOT +1/3 +0 +– +4,0 +0"
wait_for "1/3 gehouden"
# This month's filter counts the meeting held; the two without a date fall outside it.
keys f Down Down Down Down Right
wait_for "deze maand (1 dec–31 dec) · zonder demo · 1 filter"
keys Escape
wait_for_regex "▶ Ouders West +IOT +1/1"

# Into the series: meeting 1 held and evaluated; back, and back again.
keys Enter
wait_for "OPKOMST PER BIJEENKOMST"
wait_for_regex "bijeenkomst 1 +di 1 dec .*geëvalueerd"
keys q
wait_for " Series (1) "
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
