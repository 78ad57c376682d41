#!/usr/bin/env bash
# Two processes on one plan: while the planner is open, `plan import` from another terminal
# (a changed plan) is refused with exit 75 and writes nothing, and the planner's next key is
# stored on top of the plan it shows; the imported change never lands to be undone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

db=$E2E_HOME/d.sqlite
dialoog --db "$db" series new --method yeni-pencere --name 'Ouders Oost' --size 12 \
    --dates '2026-12-01 19:30' >/dev/null
dialoog --db "$db" plan export 'Ouders Oost' >"$E2E_HOME/plan.txt"
sed -e 's/^  name: Ouders Oost$/  name: Ouders Oost geimporteerd/' "$E2E_HOME/plan.txt" >"$E2E_HOME/changed.txt"
grep -q 'geimporteerd' "$E2E_HOME/changed.txt" || fail "could not change the plan file"
revision() { sqlite3 "$db" 'SELECT planRevision FROM series' 2>/dev/null || echo "?"; }
first=$(revision)

start_session 100 24
start_dialoog --db "$db"
wait_for "▶ Ouders Oost"
keys Enter
wait_for "Bijeenkomst 1"

set +e
out=$(dialoog --db "$db" plan import "$E2E_HOME/changed.txt" 2>&1)
status=$?
set -e
((status == 75)) || fail "plan import beside the open planner: exit $status ($out)"
[[ $(revision) == "$first" ]] || fail "a refused import moved the plan's revision"

# The planner's next key (a minute more on the block under the cursor) is stored.
keys +
sleep 0.5
keys q
wait_for "▶ Ouders Oost"
keys q
wait_exited
[[ $(revision) != "$first" ]] || fail "the planner's key was not stored"
dialoog --db "$db" series list | grep -q 'geimporteerd' && fail "the refused import landed after all"
pass
