#!/usr/bin/env bash
# A trainer's own folder replaces a shipped theme; a broken file there is named on the
# status line, and what did load is still shown.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
shell_run 'mkdir -p ~/.config/dialoog/content/themes ~/.config/dialoog/content/hulp'
shell_run 'printf "name: Opvoeding in onze wijk\ntemperature: koud\ndescription: Onze eigen uitleg.\n" >~/.config/dialoog/content/themes/opvoeding.yaml'
shell_run 'printf "name: Buurtteam\nwhat: Luistert.\nthemes: [hulp-zoeken]\n" >~/.config/dialoog/content/hulp/lokaal-buurtteam.yaml'
start_dialoog
wait_for "Nog geen series"

keys b
wait_for "problemen in de inhoud: draai dialoog check"
keys Tab
wait_for "Opvoeding in onze wijk"
keys Escape
wait_for "Nog geen series"
keys q
wait_exited

shell_run "$(printf '%q' "$DIALOOG_BIN") check >~/check.txt 2>&1; echo \"exit=\$?\" >>~/check.txt"
grep -q "^~/.config/dialoog/content/hulp/lokaal-buurtteam.yaml:1: sleutel 'for' ontbreekt$" "$E2E_HOME/check.txt" ||
    fail "check did not name the missing key: $(cat "$E2E_HOME/check.txt")"
# The shipped folder is shown as its full path: this shell is not in the checkout.
grep -q "^~/.config/dialoog/content/themes/opvoeding.yaml vervangt /.*/content/themes/opvoeding.yaml$" "$E2E_HOME/check.txt" ||
    fail "check did not say the theme was replaced: $(cat "$E2E_HOME/check.txt")"
grep -q "^exit=65$" "$E2E_HOME/check.txt" || fail "check did not exit 65"
pass
