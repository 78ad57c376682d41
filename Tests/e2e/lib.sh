# Sourced by every e2e scenario. Drives dialoog inside a private tmux server so a
# scenario sees exactly what a user would see, without touching the user's own tmux,
# home folder or database.
#
# A scenario calls start_session, drives it with keys/run_in_session, checks with
# wait_for/wait_gone/..., and ends with `pass`. Any failure (fail, a timeout, or an
# unexpected error under set -e) prints `not ok - <name>` with the screen at that moment.

E2E_NAME=$(basename "$0" .sh)
E2E_TIMEOUT=${E2E_TIMEOUT:-10}
E2E_PROMPT='e2e$ '
E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIALOOG_BIN=$(realpath -m -- "${DIALOOG_BIN:-$E2E_DIR/../../.build/debug/dialoog}")

E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/dialoog-e2e.XXXXXX")
E2E_HOME=$E2E_TMP/home
mkdir -m 700 "$E2E_HOME"
# tmux puts its socket under TMUX_TMPDIR, so the server lives and dies with E2E_TMP.
export TMUX_TMPDIR=$E2E_TMP
unset TMUX
export LANG=C.UTF-8
unset LC_ALL LC_CTYPE
E2E_SOCKET=dialoog-e2e-$E2E_NAME-$$
E2E_TARGET=e2e
E2E_REPORTED=0
E2E_SEQ=0

tmux_() { tmux -L "$E2E_SOCKET" -f /dev/null "$@"; }

_e2e_cleanup() {
    local status=$?
    # A second signal must not cut the cleanup short and leave a tmux server behind.
    trap '' HUP INT TERM
    if [[ $E2E_REPORTED == 0 ]]; then
        echo "not ok - $E2E_NAME (exit $status)"
    fi
    tmux_ kill-server 2>/dev/null || true
    # dialoog may still be writing its database as it dies from the SIGHUP.
    rm -rf "$E2E_TMP" 2>/dev/null || { sleep 0.2; rm -rf "$E2E_TMP" || true; }
}
trap _e2e_cleanup EXIT
# Without these the EXIT trap would not run when run.sh's timeout stops us.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

screen() { tmux_ capture-pane -p -t "$E2E_TARGET"; }
# The command line on the scenario's home, with the clock and zone the screens are set to.
dialoog() { env -i PATH="$PATH" HOME="$E2E_HOME" LANG=C.UTF-8 TZ=Europe/Amsterdam \
    DIALOOG_NOW=2026-12-01T19:30:00 "$DIALOOG_BIN" "$@"; }

fail() {
    E2E_REPORTED=1
    echo "not ok - $E2E_NAME"
    echo "# $*"
    echo "# screen:"
    # Trailing blank rows only push the interesting part out of view.
    screen 2>/dev/null | awk '{ row[NR] = $0 } NF { last = NR }
        END { for (i = 1; i <= last; i++) print "# | " row[i] }' || true
    exit 1
}

pass() {
    echo "ok - $E2E_NAME"
    E2E_REPORTED=1
    exit 0
}

# The binary may be mid-rebuild by another engineer; give it a moment to reappear.
_require_binary() {
    local i
    for ((i = 0; i < 150; i++)); do
        [[ -x $DIALOOG_BIN ]] && return 0
        sleep 0.1
    done
    fail "dialoog binary not found: $DIALOOG_BIN"
}

_now_us() { echo "${EPOCHREALTIME//[!0-9]/}"; }

# _poll DESCRIPTION SECONDS COMMAND...: retry COMMAND every 0.1 s until it succeeds.
_poll() {
    local what=$1 timeout=$2 deadline
    shift 2
    deadline=$(($(_now_us) + ${timeout%.*} * 1000000))
    until "$@"; do
        (($(_now_us) < deadline)) || fail "timed out after ${timeout}s waiting for $what"
        sleep 0.1
    done
}

_has_text() { [[ $(screen) == *"$1"* ]]; }
_lacks_text() { [[ $(screen) != *"$1"* ]]; }
_has_line() { grep -qxF -- "$1" <<<"$(screen)"; }
_has_match() { grep -qE -- "$1" <<<"$(screen)"; }

wait_for() { _poll "'$1' on screen" "${2:-$E2E_TIMEOUT}" _has_text "$1"; }
wait_gone() { _poll "'$1' to disappear" "${2:-$E2E_TIMEOUT}" _lacks_text "$1"; }
# A whole line, so a command's output is not confused with the command line itself.
wait_for_line() { _poll "line '$1' on screen" "${2:-$E2E_TIMEOUT}" _has_line "$1"; }
wait_for_regex() { _poll "a line matching /$1/" "${2:-$E2E_TIMEOUT}" _has_match "$1"; }

# Only for a screen that can no longer change (e.g. after dialoog exited); while
# dialoog draws, tmux may show a half-written frame, so use wait_for/wait_gone.
assert_screen() { _has_text "$1" || fail "expected '$1' on screen"; }
assert_not_screen() { _lacks_text "$1" || fail "did not expect '$1' on screen"; }

# start_session WIDTH HEIGHT: a bare bash with a known prompt and a pinned environment.
start_session() {
    _require_binary
    tmux_ new-session -d -s "$E2E_TARGET" -x "$1" -y "$2" -c "$E2E_HOME" -- \
        env -i PATH="$PATH" HOME="$E2E_HOME" TERM=xterm-256color LANG=C.UTF-8 \
        TZ=Europe/Amsterdam DIALOOG_NOW=2026-12-01T19:30:00 PS1="$E2E_PROMPT" \
        sh -c 'umask 022; exec bash --norc --noprofile' ||
        fail "could not start tmux"
    # capture-pane drops trailing blanks, so look for the prompt without its space.
    wait_for "${E2E_PROMPT% }"
}

keys() { tmux_ send-keys -t "$E2E_TARGET" "$@"; }
run_in_session() { keys -l -- "$1"; keys Enter; }

# Runs a shell command and waits for it to finish. The marker is split by quotes on
# the command line, so only the command's own output completes the line.
shell_run() {
    E2E_SEQ=$((E2E_SEQ + 1))
    run_in_session "$1; echo \"done\"\"-$E2E_SEQ\""
    wait_for_line "done-$E2E_SEQ"
}

# start_dialoog [ARGS...]: runs dialoog in the session's shell.
start_dialoog() {
    _require_binary
    run_in_session "$(printf '%q ' "$DIALOOG_BIN" "$@")"
}

_pane_pid() { tmux_ list-panes -t "$E2E_TARGET" -F '#{pane_pid}'; }
_shell_idle() { ! pgrep -P "$(_pane_pid)" >/dev/null; }
_dialoog_running() { pgrep -P "$1" -x dialoog >/dev/null; }

# Sets DIALOOG_PID to the dialoog process started by the session's shell.
find_dialoog_pid() {
    local shell_pid
    shell_pid=$(_pane_pid)
    _poll "dialoog process" "$E2E_TIMEOUT" _dialoog_running "$shell_pid"
    DIALOOG_PID=$(pgrep -P "$shell_pid" -x dialoog)
}

# Waits until the shell has no child left, i.e. dialoog has exited.
wait_exited() { _poll "dialoog to exit" "${1:-$E2E_TIMEOUT}" _shell_idle; }

resize() {
    tmux_ resize-window -t "$E2E_TARGET" -x "$1" -y "$2"
    local size
    size=$(tmux_ display-message -p -t "$E2E_TARGET" '#{window_width}x#{window_height}')
    [[ $size == "$1x$2" ]] || fail "resize to $1x$2 gave $size"
}

pane_flag() { tmux_ display-message -p -t "$E2E_TARGET" "#{$1}"; }

# Call before starting dialoog; assert_terminal_restored compares against it.
save_tty() { shell_run 'stty -g >~/.tty.before'; }

# After dialoog has exited: normal screen, visible cursor, normal cursor keys, and the
# same tty modes (echo, canonical input, ...) as before dialoog started.
assert_terminal_restored() {
    [[ $(pane_flag alternate_on) == 0 ]] || fail "alternate screen still active"
    [[ $(pane_flag cursor_flag) == 1 ]] || fail "cursor still hidden"
    [[ $(pane_flag keypad_cursor_flag) == 0 ]] || fail "application cursor keys still on"
    shell_run 'stty -g >~/.tty.after'
    cmp -s "$E2E_HOME/.tty.before" "$E2E_HOME/.tty.after" ||
        fail "tty modes differ: $(cat "$E2E_HOME/.tty.before") vs $(cat "$E2E_HOME/.tty.after")"
}
