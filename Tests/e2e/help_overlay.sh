#!/usr/bin/env bash
# ? opens the key help over the start screen and Esc closes it again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
start_dialoog
wait_for "Nog geen series"

keys ?
wait_for "Toetsen · startscherm"
wait_for "een regel omhoog"

keys Escape
wait_gone "Toetsen · startscherm"
wait_for "Nog geen series"
wait_gone "een regel omhoog"

keys q
wait_exited
pass
