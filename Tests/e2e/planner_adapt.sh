#!/usr/bin/env bash
# A trainer adapts a Kezban series in the planner: T swaps meeting 1's topic for another of
# the group's options, e edits the details (the duo stored as one text shows as two
# gespreksleiders and is saved so), c and a add an own checklist item, x in the checklist
# removes it and u brings it back, and P prints a plan that has all of it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

start_session 100 30
shell_run "$(printf '%q ' "$DIALOOG_BIN") series new --method kezban --name 'Vrouwen Oost' --municipality Utrecht --facilitator 'Ayşe en Mehmet' --choose 'Huwelijksdwang,Achterlating,Huiselijk geweld' >/dev/null"
start_dialoog
wait_for "Vrouwen Oost"
keys Enter
wait_for "Bijeenkomst 1"

# The topic of meeting 1, from the group's list.
keys T
wait_for "Onderwerp van de bijeenkomst wisselen"
keys -l eergerel
wait_for "Eergerelateerd geweld"
keys Enter
wait_for "Onderwerp nu ‘Eergerelateerd geweld’ (bijeenkomst 1)"
keys u
wait_for "Teruggezet: onderwerp ‘Eergerelateerd geweld’ van bijeenkomst 1"
keys T
keys -l eergerel
wait_for "Eergerelateerd geweld"
keys Enter
wait_for "Onderwerp nu ‘Eergerelateerd geweld’"

# The details: one line per gespreksleider.
keys e
wait_for "GEGEVENS VAN DE SERIE"
wait_for "Gespreksleider 2"
wait_for "Mehmet"
# name, organisation, municipality, gespreksleider 1, 2, then the empty third line.
keys Tab Tab Tab Tab Tab
keys -l Semra
wait_for "Gespreksleider 4"
keys Tab Tab Tab Tab Tab Tab
wait_for "Enter bewaart de gegevens"
keys Enter
wait_for "Gegevens van ‘Vrouwen Oost’ bewaard"

# An own checklist item.
keys c
wait_for "Voorbereiding · 0 van 7 gedaan"
keys a
keys -l "Kinderopvang geregeld"
keys Enter
wait_for "Voorbereiding · 0 van 8 gedaan"
keys Space
wait_for "Voorbereiding · 1 van 8 gedaan"
keys x
wait_for "Weggehaald: voorbereidingspunt ‘Kinderopvang geregeld’"
wait_for "Voorbereiding · 0 van 7 gedaan"
keys u
wait_for "Voorbereiding · 1 van 8 gedaan"
keys Escape
wait_gone "Voorbereiding ·"

keys P
wait_for "Afdrukbaar plan: ~/.local/share/dialoog/print/plan-vrouwen-oost-2026-12-01.html"
keys q
wait_for "Vrouwen Oost"
keys q
wait_exited

file='~/.local/share/dialoog/print/plan-vrouwen-oost-2026-12-01.html'
shell_run "grep -c 'Kinderopvang geregeld' $file"
wait_for_line "1"
shell_run "grep -o 'Ayşe, Mehmet, Semra' $file | head -1"
wait_for_line "Ayşe, Mehmet, Semra"
shell_run "$(printf '%q ' "$DIALOOG_BIN") plan show oost --format text | grep -c 'Eergerelateerd'"
wait_for_regex "^[1-9][0-9]*$"
pass
