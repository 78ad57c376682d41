#!/usr/bin/env bash
# S in the planner saves the series as a template (a plan file in ~/.local/share/dialoog/
# sjablonen, as `plan template save` writes it) and says where; n then s on the start screen
# lists the templates, and the one chosen gives the new series its agenda while the form still
# asks the name. The command line lists the template and shows the new series.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

db=$E2E_HOME/d.sqlite
dialoog --db "$db" series new --method yeni-pencere --name 'Ouders Oost' --size 12 \
    --dates '2026-12-01 19:30' >/dev/null

start_session 120 24
start_dialoog --db "$db"
wait_for "▶ Ouders Oost"
keys Enter
wait_for "Bijeenkomst 1"
keys S
wait_for "Bewaren als sjabloon: Ouders Oost"
keys -l ' najaar'
keys Enter
wait_for "Sjabloon ‘Ouders Oost najaar’ bewaard: ~/.local/share/dialoog/sjablonen/Ouders Oost najaar.yaml"
keys q
wait_for "▶ Ouders Oost"
keys n
wait_for "NIEUWE SERIE"
keys s
wait_for "Beginnen met een sjabloon"
keys -l 'najaar'
keys Enter
wait_for "uit sjabloon ‘Ouders Oost najaar’"
# Tab to the name; Enter through the other fields to the last line, and Enter there.
keys Tab
keys -l 'Ouders West'
for _ in $(seq 12); do keys Enter; done
wait_for "Ouders West"
wait_for "Bijeenkomst 1"
keys q
wait_for "Ouders West"
keys q
wait_exited

dialoog plan template list >"$E2E_HOME/list.txt"
grep -qx 'Ouders Oost najaar' "$E2E_HOME/list.txt" || fail "the template is not listed: $(cat "$E2E_HOME/list.txt")"
# The same agenda: the block titles of both series, in order.
titles() { dialoog --db "$db" series show "$1" --format json | grep -o '"title" *: *"[^"]*"'; }
[[ -n $(titles 'Ouders West') ]] || fail "the new series has no blocks"
[[ $(titles 'Ouders West') == "$(titles 'Ouders Oost')" ]] || fail "the agenda differs from the template's series"
pass
