#!/usr/bin/env bash
# The evaluation form after a meeting: it opens when the meeting is closed, keys fill it in
# (a score, an agreement, the hands), q goes back, and e on the start screen opens it again as
# it was stored, also in a narrow window.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "$BIN series new --method yeni-pencere --name 'Ouders West' --municipality Utrecht --size 12 --dates '2026-12-01 19:30' >/dev/null"
shell_run clear

start_dialoog run ouders
wait_for "Ouders West · bijeenkomst 1/3"
keys Space
wait_for "op schema"
keys e
wait_for "Bijeenkomst 1 afsluiten?"
keys Enter
wait_for "BIJEENKOMST 1"
wait_for "Opkomst         0 gekomen · 12 verwacht"

# Atmosphere 4, then an agreement typed on its own line.
keys j 4
wait_for "Sfeer           ●●●●○ 4"
keys j j j j j j j +
wait_for "nieuw: "
keys -l "We nemen een verhaal mee"
keys Enter
wait_for "Afspraken       1 · We nemen een verhaa…"
wait_for "Ze komen terug als blok in"
# The hands: Enter, a number, Enter, on to the next count.
keys j j Enter 6 Enter 2 Enter Enter
wait_for "Nuttig          ja 6 · deels 2 · nee -"

keys q
wait_for "SERIES (1)"
keys e
wait_for "BIJEENKOMST 1"
wait_for "Sfeer           ●●●●○ 4"
wait_for "Nuttig          ja 6 · deels 2 · nee -"

# Narrow: the detail goes under the list.
resize 60 16
wait_for "▶ Opkomst         0 gekomen · 12 verwacht"
wait_for "────────────────────────────────────────────────────────────"
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
