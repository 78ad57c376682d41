#!/usr/bin/env bash
# Runs every e2e scenario in this folder and prints one summary line:
#   e2e: N passed, M failed
# Usage: bash Tests/e2e/run.sh   (DIALOOG_BIN overrides the binary under test)
set -uo pipefail

dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DIALOOG_BIN=$(realpath -m -- "${DIALOOG_BIN:-$dir/../../.build/debug/dialoog}")
# A safety net only: every wait inside a scenario is already bounded.
scenario_limit=${E2E_SCENARIO_LIMIT:-60}

scenarios=()
for f in "$dir"/*.sh; do
    case $(basename "$f") in lib.sh | run.sh) ;; *) scenarios+=("$f") ;; esac
done

abort() {
    echo "e2e: $*" >&2
    echo "e2e: 0 passed, ${#scenarios[@]} failed"
    exit 2
}

command -v tmux >/dev/null || abort "tmux not found on PATH"
# The binary may be mid-rebuild; wait a little before calling it missing.
for _ in {1..50}; do [[ -x $DIALOOG_BIN ]] && break; sleep 0.2; done
[[ -x $DIALOOG_BIN ]] || abort "dialoog binary not found: $DIALOOG_BIN (build it first)"

passed=0 failed=0
for f in "${scenarios[@]}"; do
    name=$(basename "$f" .sh)
    timeout --foreground --kill-after=5 "$scenario_limit" bash "$f"
    status=$?
    if ((status == 0)); then
        passed=$((passed + 1))
    else
        # On 124 the scenario's own trap has already reported; on 137 nothing has.
        ((status == 124)) && echo "# $name: stopped after ${scenario_limit}s"
        ((status == 137)) && echo "not ok - $name (killed after ${scenario_limit}s)"
        failed=$((failed + 1))
    fi
done

echo "e2e: $passed passed, $failed failed"
((failed == 0))
