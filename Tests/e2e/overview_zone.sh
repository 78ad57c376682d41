#!/usr/bin/env bash
# The full-screen overzicht tells dates in the Netherlands' zone on a machine set to UTC
# (issue 18): a meeting held at 00:30 on 1 January, Amsterdam time (23:30 on 31 December in
# UTC), falls in January's "deze maand" and the series shows its meeting held there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
BIN=$(printf '%q' "$DIALOOG_BIN")
shell_run "export TZ=UTC DIALOOG_NOW=2026-01-15T12:00:00"
shell_run "$BIN series new --method htib --name 'Nieuwjaar' --dates '2026-01-20 19:30' >/dev/null"
# Meeting 1 held at 00:30 on New Year's Day in Amsterdam, as live mode would have stored it.
shell_run "sqlite3 \"\$HOME/.local/share/dialoog/dialoog.sqlite\" \"UPDATE meeting SET startsAt = '2025-12-31 23:30:00.000', state = 'ended', endedAt = '2026-01-01 01:00:00.000' WHERE number = 1\""
shell_run clear

start_dialoog
wait_for "SERIES (1)"
keys o
wait_for "dialoog · overzicht"
# This month is January in Amsterdam; in UTC the meeting would be December's and no series listed.
keys f Down Down Down Down Right
wait_for "deze maand (1 jan–31 jan) · zonder demo · 1 filter"
keys Escape
wait_for_regex "▶ Nieuwjaar +HTIB +1/1"
keys Enter
wait_for_regex "bijeenkomst 1 +do 1 jan"
keys q
wait_for " Series (1) "
keys q
wait_for "SERIES (1)"
keys q
wait_exited
pass
