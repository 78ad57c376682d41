#!/usr/bin/env bash
# A terminal whose locale is not UTF-8 gets plain ASCII and the advice to fix the locale,
# never the garbage that UTF-8 bytes make on such a terminal.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
run_in_session "LANG=C LC_ALL=C '$DIALOOG_BIN'"
wait_for "Nog geen series"
wait_for_regex '^ dialoog - voor gespreksleiders +di 1 dec  19:30$'
wait_for_line " Geen UTF-8: accenten vereenvoudigd. Zet LANG=nl_NL.UTF-8."
wait_for_line " Up/Down kiezen  r bijeenkomst  n nieuw  b bibliotheek  ? help  q stoppen"
assert_not_screen "─"
keys q
wait_exited
run_in_session 'echo exit=$?'
wait_for_line "exit=0"
pass
