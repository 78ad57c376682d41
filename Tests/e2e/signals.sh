#!/usr/bin/env bash
# Killed by a signal, dialoog still restores the terminal and exits with 128+signal.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
save_tty
for sig in TERM:143 INT:130 HUP:129; do
    shell_run clear
    start_dialoog
    wait_for "Nog geen series"
    find_dialoog_pid
    kill -s "${sig%:*}" "$DIALOOG_PID"
    wait_exited
    run_in_session 'echo exit=$?'
    wait_for_line "exit=${sig#*:}"
    assert_not_screen "Nog geen series"
    assert_terminal_restored
done

# Typed text is echoed again and the shell runs it.
run_in_session "echo hello"
wait_for "$E2E_PROMPT""echo hello"
wait_for_line "hello"
pass
