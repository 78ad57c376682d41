#!/usr/bin/env bash
# NO_COLOR, and a terminal without colours, both give a screen without colour codes:
# meaning is carried by bold, reverse and underline alone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Any SGR that sets a foreground or background colour (30-37, 40-47, 90-97, 100-107, 38;, 48;).
colour='\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]'
coloured() { tmux_ capture-pane -e -p -t "$E2E_TARGET" | grep -Eq "$colour"; }

start_session 80 24
start_dialoog
wait_for "Nog geen series"
coloured || fail "the default theme shows no colour at all, so this check proves nothing"
keys q
wait_exited

for setting in "NO_COLOR=1" "TERM=vt100"; do
    shell_run clear
    run_in_session "$setting '$DIALOOG_BIN'"
    wait_for "Nog geen series"
    ! coloured || fail "$setting: colour codes on screen"
    tmux_ capture-pane -e -p -t "$E2E_TARGET" | grep -q $'\e\\[[0-9;]*1m' || fail "$setting: no bold either"
    keys q
    wait_exited
done
pass
