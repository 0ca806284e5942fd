# shellcheck shell=bash
# shellcheck disable=SC2154 # bench_name, repo, keep and work are the caller's
# Shared by scan_bench.sh and gui_bench.sh (sourced, not run). The caller sets bench_name and
# repo first; its own header comment (up to `set -euo`) is its --help text.

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
    exit "${1:-2}"
}
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() {
    printf '%s: %s\n' "$bench_name" "$*" >&2
    exit 3
}
is_count() { [[ "$1" =~ ^[0-9]+$ ]]; }

# CPU-seconds spent so far by all processors (user, nice, system, irq, softirq, steal): the
# difference around a run, minus the run's own time, is what the rest of the machine did.
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / {print ($2 + $3 + $4 + $7 + $8 + $9) / hz}' /proc/stat; }

# new_work_dir PREFIX: a fresh `mktemp -d` (TMPDIR chooses the file system), refused inside the
# source tree or $HOME, where a million generated files must never land.
new_work_dir() {
    local dir forbidden
    dir="$(realpath "$(mktemp -d -t "$1.XXXXXX")")"
    for forbidden in "$repo" "$(realpath "$HOME")"; do
        case "$dir/" in
        "$forbidden"/*) rmdir "$dir"; die "$dir is inside $forbidden; point TMPDIR somewhere else" ;;
        esac
    done
    printf '%s\n' "$dir"
}

# release_work_dir: at exit, keep the work dir (--keep, --reuse, a mismatch's evidence: the
# caller's $keep) or remove it, and say which.
release_work_dir() {
    if [ "$keep" -eq 1 ]; then
        echo "kept $work (remove it with: rm -rf $work)"
    else
        echo "removing $work"
        rm -rf "$work"
    fi
}
