#!/usr/bin/env bash
# --lang en switches the start screen and the help to English.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog --lang en
wait_for "No series yet"
wait_for " ↑↓ choose  r meeting  n new  b library  ? help  q quit"

keys ?
wait_for "Keys · start screen"
keys Escape
wait_gone "Keys · start screen"

keys q
wait_exited
pass
