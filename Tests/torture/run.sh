#!/usr/bin/env bash
# make torture: the fault table, fsyncs per live action (when strace can attach), and kill -9
# in a live meeting with a fixed seed (TORTURE_SEED, TORTURE_ROUNDS). About three minutes in a
# debug build: each of the fault table's 119 commands loads the bibliotheek (about 0.8 s).
set -uo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DIALOOG_BIN=$(realpath -m -- "${DIALOOG_BIN:-$dir/../../.build/debug/dialoog}")
failed=0
for f in faults.sh fsync.sh kill9.sh; do
    [[ -f $dir/$f ]] || continue
    timeout --foreground --kill-after=5 240 bash "$dir/$f" || failed=$((failed + 1))
done
echo "torture: $failed failed"
((failed == 0))
