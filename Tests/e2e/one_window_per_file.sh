#!/usr/bin/env bash
# The lock belongs to the database file, not to its path: while the full-screen program has
# the file open, a second window through a symlink, and `series new` and `plan import`
# through a hard link, are refused with exit 75 and a sentence, and write nothing. A
# command that only reads still lists the series.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

db=$E2E_HOME/d.sqlite
dialoog --db "$db" series new --method yeni-pencere --name 'Ouders Oost' --size 12 \
    --dates '2026-12-01 19:30' >/dev/null
ln -s "$db" "$E2E_HOME/symlink.sqlite"
ln "$db" "$E2E_HOME/hardlink.sqlite"
dialoog --db "$db" plan export 'Ouders Oost' >"$E2E_HOME/plan.txt"

start_session 100 24
start_dialoog --db "$db"
wait_for "Ouders Oost"

before=$(sha256sum "$db")
set +e
out=$(dialoog --db "$E2E_HOME/hardlink.sqlite" series new --method yeni-pencere --name 'Tweede' 2>&1)
status=$?
set -e
((status == 75)) || fail "series new through a hard link: exit $status ($out)"
[[ $out == *"al open"* ]] || fail "series new through a hard link said: $out"
set +e
out=$(dialoog --db "$E2E_HOME/symlink.sqlite" plan import "$E2E_HOME/plan.txt" 2>&1)
status=$?
set -e
((status == 75)) || fail "plan import through a symlink: exit $status ($out)"
[[ $(sha256sum "$db") == "$before" ]] || fail "a refused command changed the database"
dialoog --db "$E2E_HOME/symlink.sqlite" series list | grep -q 'Ouders Oost' ||
    fail "series list beside the open window did not list the series"

keys q
wait_exited
pass
