#!/usr/bin/env bash
# A trainer adds a local help entry in the bibliotheek's form: a half-filled form asks before
# it is thrown away, a guessed-looking phone is refused, the saved file is 0600 in the user's
# folder, `dialoog check` is clean, and the entry is on the printed card of a series there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 80 24
bin=$(printf '%q' "$DIALOOG_BIN")
shell_run "$bin series new --method yeni-pencere --name 'Ouders West' --municipality 'Den Haag' --group ouders >/dev/null"
start_dialoog
wait_for "Ouders West"

keys b
wait_for "Methodieken"
keys Tab Tab
wait_for "a nieuw lokaal adres"
keys a
wait_for "Nooit een geraden nummer"
keys -l 'Wijkteam "West": #2'
keys Escape
wait_for "Weggooien wat je typte?"
keys Tab
wait_gone "Weggooien wat je typte?"
keys Tab
keys -l "Praktische hulp: een luisterend oor"
keys Tab
keys -l "Inwoners van Den Haag West"
keys Tab Tab
keys -l "ongeveer 070"
for _ in 1 2 3 4 5 6 7; do keys Tab; done
keys -l "Den Haag"
keys Tab Enter
wait_for "is geen telefoonnummer"
assert_screen "▶ Telefoon"
keys C-u
keys -l "070 123 45 67"
for _ in 1 2 3 4 5 6 7 8; do keys Tab; done
keys Enter
wait_for "Opgeslagen in ~/.config/dialoog/content/hulp/lokaal-den-haag-wijkteam"
assert_screen "Telefoon: 070 123 45 67"
keys Escape Escape
wait_for "Ouders West"
keys q
wait_exited

file="$E2E_HOME/.config/dialoog/content/hulp/lokaal-den-haag-wijkteam-west-2.yaml"
[[ -f $file ]] || fail "no file at $file"
[[ $(stat -c %a "$file") == 600 ]] || fail "the file is $(stat -c %a "$file"), not 600"
[[ $(stat -c %a "$E2E_HOME/.config/dialoog/content/hulp") == 700 ]] || fail "the folder is not 700"
shell_run "$bin check >~/check.txt 2>&1; echo \"exit=\$?\" >>~/check.txt"
grep -q "^exit=0$" "$E2E_HOME/check.txt" || fail "check was not clean: $(cat "$E2E_HOME/check.txt")"
shell_run "$bin plan show 'Ouders West' --meeting 1 --format text >~/plan.txt 2>&1"
grep -q 'Wijkteam "West": #2' "$E2E_HOME/plan.txt" || fail "the entry is not on the card: $(cat "$E2E_HOME/plan.txt")"
grep -q "070 123 45 67" "$E2E_HOME/plan.txt" || fail "the phone is not on the card"
pass
