#!/usr/bin/env bash
# Scan benchmark (DESIGN.md, "Performance budgets"): times `du -s`, `gdu -n` and
# `cachelens scan --json` on the same generated tree, in the same run, with a warm cache.
#
#   tests/bench/scan_bench.sh [--files N] [--dirs N] [--runs N] [--hyperfine] [--keep] [BUILD_DIR]
#   tests/bench/scan_bench.sh --reuse DIR [--runs N] [--hyperfine] [BUILD_DIR]
#
# BUILD_DIR (default build/release) must already hold bin/cachelens and bin/cachelens_gentree
# (CACHELENS_GENTREE=/path overrides the latter); this script builds nothing:
#   cmake --preset release && cmake --build --preset release
#
# Steps: generate the tree with cachelens_gentree under a fresh `mktemp -d` (set TMPDIR to
# choose the file system; never in the source tree or $HOME); warm the cache with one
# discarded `du -s`; run the tools in --runs interleaved rounds (default 3: du, gdu,
# cachelens, du, gdu, ...) so a burst of other load hits all of them alike, each under
# /usr/bin/time for its peak RSS, and take the median wall time (--hyperfine: time each tool
# with hyperfine instead, then one extra run for RSS); check that cachelens counts what du
# counts (disk_bytes == du -sx -B1, apparent_bytes == du -sbx); print the table and the
# budgets; remove the tree unless --keep (or a mismatch, which keeps it as evidence).
# --reuse DIR measures again on a tree kept by an earlier --keep run (DIR is the printed
# temp dir) instead of generating one, and leaves it in place.
#
# Needs: coreutils, time (/usr/bin/time). Uses when present: gdu (and hyperfine if asked).
# Exit: 0 measured (budgets may still be missed: read the table), 1 cachelens disagrees with
# du (MISMATCH), 2 usage error, 3 something could not run (missing tool or binary, failed scan).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
files=1000000
dirs=30000
runs=3
keep=0
reuse=""
use_hyperfine=0
build_dir="$repo/build/release"

bench_name=scan_bench
# shellcheck source=tests/bench/common.sh
source "$repo/tests/bench/common.sh"

while [ $# -gt 0 ]; do
    case "$1" in
    --files) is_count "${2:-}" || usage; files="$2"; shift 2 ;;
    --dirs) is_count "${2:-}" || usage; dirs="$2"; shift 2 ;;
    --runs) is_count "${2:-}" || usage; [ "$2" -ge 1 ] || usage; runs="$2"; shift 2 ;;
    --hyperfine) use_hyperfine=1; shift ;;
    --keep) keep=1; shift ;;
    --reuse) [ -n "${2:-}" ] || usage; reuse="$2"; shift 2 ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *) build_dir="$1"; shift; [ $# -eq 0 ] || usage ;;
    esac
done

cachelens="$build_dir/bin/cachelens"
gentree="${CACHELENS_GENTREE:-$build_dir/bin/cachelens_gentree}"
build_hint="build first: cmake --preset release && cmake --build --preset release"
[ -n "$reuse" ] || [ -x "$gentree" ] || die "no $gentree ($build_hint)"
[ -x /usr/bin/time ] || die "no /usr/bin/time: apt-get install time"
have_gdu=0
command -v gdu >/dev/null && have_gdu=1
if [ "$use_hyperfine" -eq 1 ]; then
    command -v hyperfine >/dev/null || die "no hyperfine: apt-get install hyperfine, or drop --hyperfine"
fi

# A cachelens without a working `scan` is reported, not fatal: du and gdu still get measured.
cachelens_why=""
if [ ! -x "$cachelens" ]; then
    cachelens_why="no $cachelens ($build_hint)"
elif ! "$cachelens" scan --help 2>&1 | grep -q 'Usage: cachelens scan'; then
    cachelens_why="'cachelens scan' is not available in this build"
fi

# --- the tree ------------------------------------------------------------------------------
if [ -n "$reuse" ]; then
    work="$(realpath "$reuse")"
    if [ ! -d "$work/tree" ] || [ ! -f "$work/gentree.log" ]; then
        die "$reuse is not a tree kept by scan_bench.sh --keep"
    fi
    keep=1
else
    work="$(new_work_dir cachelens-bench)"
fi
trap release_work_dir EXIT
tree="$work/tree"

say "Machine"
echo "date:       $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpus:       $(nproc) ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1))"
echo "memory:     $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "kernel:     $(uname -r)"
echo "temp dir:   $work ($(df -T "$work" | awk 'NR == 2 {print $2 " on " $1}'))"
echo "du:         $(du --version | head -1)"
[ "$have_gdu" -eq 1 ] && echo "gdu:        $(gdu --version | head -1)"
[ "$use_hyperfine" -eq 1 ] && echo "hyperfine:  $(hyperfine --version)"
[ -z "$cachelens_why" ] && echo "cachelens:  $("$cachelens" --version) ($cachelens)"

if [ -n "$reuse" ]; then
    say "Reusing the tree in $work"
    cat "$work/gentree.log"
    files="$(sed -n 's/^ *[0-9]* folders, \([0-9]*\) files.*/\1/p' "$work/gentree.log")"
else
    say "Generating $files files in $dirs folders"
    "$gentree" --files "$files" --dirs "$dirs" "$tree" | tee "$work/gentree.log"
fi
entries="$(sed -n 's/^entries=//p' "$work/gentree.log")"
is_count "$entries" || die "cachelens_gentree did not print entries=N"

say "Warming the cache (one du -s, discarded)"
du -s "$tree" >/dev/null

# --- measuring -----------------------------------------------------------------------------
# What each tool runs; a tool that fails is dropped (du: fatal, gdu/cachelens: reported).
tools=(du)
# shellcheck disable=SC2034 # read through "local -n cmd=cmd_NAME" below
{
    cmd_du=(du -s "$tree")
    cmd_gdu=(gdu -n -p -c "$tree")
    cmd_cachelens=("$cachelens" scan --json "$tree")
}
[ "$have_gdu" -eq 1 ] && tools+=(gdu)
[ -z "$cachelens_why" ] && tools+=(cachelens)

declare -A wall fastest rss failed
# calc EXPRESSION: awk arithmetic (bash has no floating point).
calc() { awk "BEGIN {print $1}"; }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# run_once NAME: one run under /usr/bin/time; appends "wall-seconds peak-KiB other-CPU-seconds"
# to $work/NAME.runs, where the last is what the whole machine was busy with beyond this run:
# on a 2-core box anything above a few hundredths of a second skews the comparison.
run_once() {
    local -n cmd="cmd_$1"
    local t0 t1 b0 b1
    b0="$(busy_seconds)"
    t0="$(date +%s%N)"
    /usr/bin/time -f '%M %U %S' -o "$work/$1.rss" "${cmd[@]}" >/dev/null 2>"$work/$1.err" || return 1
    t1="$(date +%s%N)"
    b1="$(busy_seconds)"
    tail -1 "$work/$1.rss" | awk -v us="$(((t1 - t0) / 1000))" -v busy="$(calc "$b1 - $b0")" \
        '{other = busy - $2 - $3; print us / 1e6, $1, (other > 0 ? other : 0)}' >>"$work/$1.runs"
}

# A run is quiet when the rest of the machine used less than a tenth of a core meanwhile (plus
# 0.03 CPU-seconds for this script's own bookkeeping around it).
# shellcheck disable=SC2016 # an awk condition on the columns of NAME.runs, not shell
quiet='$3 < 0.03 + 0.1 * $1'

# quiet_median NAME: the median wall time of NAME's quiet runs and how many there were.
quiet_median() {
    local times
    times="$(awk "$quiet {print \$1}" "$work/$1.runs")"
    if [ -z "$times" ]; then
        echo none
    else
        printf '%.3f s (%d)\n' "$(median <<<"$times")" "$(wc -l <<<"$times")"
    fi
}

# with_hyperfine NAME: hyperfine's runs for the wall time, then one run_once for the RSS.
with_hyperfine() {
    local -n cmd="cmd_$1"
    hyperfine --style basic -N --runs "$runs" --export-json "$work/$1.json" --command-name "$1" \
        "$(printf '%q ' "${cmd[@]}")" || return 1
    run_once "$1" || return 1
    tr -d ' \n' <"$work/$1.json" | grep -o '"times":\[[^]]*' | cut -d'[' -f2 | tr ',' '\n' >"$work/$1.walls"
}

for name in "${tools[@]}"; do # a --reuse'd directory still holds the last run's files
    rm -f "$work/$name".{runs,walls,json,rss,err}
done
say "Measuring: ${tools[*]} ($runs runs each; load average now $(cut -d' ' -f1 /proc/loadavg))"
for ((round = 1; round <= (use_hyperfine ? 1 : runs); round++)); do
    line=""
    for name in "${tools[@]}"; do
        [ -n "${failed[$name]:-}" ] && continue
        if [ "$use_hyperfine" -eq 1 ]; then with_hyperfine "$name"; else run_once "$name"; fi ||
            failed[$name]="$(tail -3 "$work/$name.err" | tr '\n' ' ' | sed 's/ *$//')"
        [ -n "${failed[$name]:-}" ] ||
            line+="$(tail -1 "$work/$name.runs" | awk -v n="$name" '{printf "  %s %.3f s (other %.2f)", n, $1, $3}')"
    done
    [ "$use_hyperfine" -eq 1 ] || echo "  round $round:$line"
done
noisy="$(awk "!($quiet) {n++} END {print n + 0}" "$work"/*.runs 2>/dev/null)" || noisy=0
if [ "$use_hyperfine" -eq 0 ] && [ "$noisy" -gt 0 ]; then
    printf '  note: other processes were busy during %d of these runs; the numbers are noisy\n' "$noisy"
    # A diagnostic, not the verdict: the medians of the runs that had the machine to themselves.
    line=""
    for name in "${tools[@]}"; do
        [ -n "${failed[$name]:-}" ] && continue
        line+="  $name $(quiet_median "$name")"
    done
    echo "  quiet runs only (other < 0.03 + 0.1 x wall), median (how many):$line"
fi
for name in "${tools[@]}"; do
    [ -z "${failed[$name]:-}" ] || continue
    if [ "$use_hyperfine" -eq 1 ]; then
        times="$(cat "$work/$name.walls")"
    else
        times="$(cut -d' ' -f1 "$work/$name.runs")"
    fi
    wall[$name]="$(median <<<"$times")"
    fastest[$name]="$(sort -g <<<"$times" | head -1)"
    rss[$name]="$(cut -d' ' -f2 "$work/$name.runs" | sort -n | tail -1)"
done
[ -z "${failed[du]:-}" ] || die "du failed: ${failed[du]}"
[ -z "${failed[gdu]:-}" ] || { echo "gdu failed: ${failed[gdu]}" >&2; have_gdu=0; }
if [ -n "${failed[cachelens]:-}" ]; then
    cachelens_why="'cachelens scan --json' failed: ${failed[cachelens]}"
elif [ -z "$cachelens_why" ]; then
    # What the binary costs before it scans anything, for the bytes-per-entry figure.
    /usr/bin/time -f '%M' -o "$work/baseline.rss" "$cachelens" --version >/dev/null || true
    baseline_rss="$(tail -1 "$work/baseline.rss")"
fi

# --- correctness: cachelens must count what du counts ---------------------------------------
status=0
if [ -z "$cachelens_why" ]; then
    say "Checking cachelens against du -sx -B1 / du -sbx"
    du_disk="$(du -sx -B1 "$tree" | cut -f1)" || die "du -sx -B1 failed"
    du_apparent="$(du -sbx "$tree" | cut -f1)" || die "du -sbx failed"
    if "$cachelens" scan --json "$tree" >"$work/scan.json"; then
        # Only the first root's numbers: everything after '"roots":[{' up to its first
        # apparent_bytes/disk_bytes. No jq or python needed.
        root="$(tr -d ' \t\r\n' <"$work/scan.json")"
        root="${root#*\"roots\":\[\{}"
        field() { grep -o "\"$1\":[0-9]*" <<<"$root" | head -1 | cut -d: -f2; }
        cl_disk="$(field disk_bytes)"
        cl_apparent="$(field apparent_bytes)"
        cl_files="$(field files)"
        cl_dirs="$(field dirs)"
        cl_entries="$((${cl_files:-0} + ${cl_dirs:-0}))"
        printf '  disk bytes:     du %s, cachelens %s\n' "$du_disk" "${cl_disk:-?}"
        printf '  apparent bytes: du %s, cachelens %s\n' "$du_apparent" "${cl_apparent:-?}"
        printf '  entries:        gentree %s, cachelens files + dirs %s (not checked)\n' "$entries" "$cl_entries"
        if [ "$cl_disk" != "$du_disk" ] || [ "$cl_apparent" != "$du_apparent" ]; then
            printf '\n\033[1;31m*** MISMATCH: cachelens does not count what du counts (see above) ***\033[0m\n\n' >&2
            keep=1 # the tree is the evidence
            status=1
        fi
    else
        cachelens_why="'cachelens scan --json' failed"
    fi
fi

# --- report --------------------------------------------------------------------------------
mib() { calc "${rss[$1]} / 1024"; }
ratio() { # ratio TOOL BASE
    if [ -n "${wall[$2]:-}" ]; then printf '%.2f' "$(calc "${wall[$1]} / ${wall[$2]}")"; else echo '-'; fi
}

say "Results: $entries entries (files, folders, links), warm cache, median of $runs runs, max RSS"
printf '%-22s %9s %9s %12s %16s %8s %9s\n' tool 'wall (s)' 'min (s)' 'files/s' 'peak RSS (MiB)' 'x du' 'x gdu'
row() { # row TOOL LABEL
    printf '%-22s %9.3f %9.3f %12.0f %16.1f %8s %9s\n' "$2" "${wall[$1]}" "${fastest[$1]}" \
        "$(calc "$entries / ${wall[$1]}")" "$(mib "$1")" "$(ratio "$1" du)" "$(ratio "$1" gdu)"
}
row du 'du -s'
if [ "$have_gdu" -eq 1 ]; then row gdu 'gdu -n -p -c'; else printf '%-22s %s\n' 'gdu -n -p -c' 'not installed'; fi
if [ -z "$cachelens_why" ]; then
    row cachelens 'cachelens scan --json'
else
    printf '%-22s %s\n' 'cachelens scan --json' "pending: $cachelens_why"
fi
echo "(wall: median; files/s counts every entry: files, folders, hard links and symlinks;"
echo " x du, x gdu: ratio of the medians)"

if [ -z "$cachelens_why" ]; then
    # Budgets are for 1 M files; a bigger tree gets a proportionally bigger memory budget.
    rss_budget="$(calc "100 * ($files > 1000000 ? $files / 1000000 : 1)")"
    verdict() { if [ "$(calc "($1) ? 1 : 0")" -eq 1 ]; then echo yes; else echo NO; fi; }
    say "Budgets (DESIGN.md)"
    printf '  wall <= 0.7 x du:        %-4s (%.2f x)\n' \
        "$(verdict "${wall[cachelens]} <= 0.7 * ${wall[du]}")" "$(ratio cachelens du)"
    if [ "$have_gdu" -eq 1 ]; then
        printf '  wall <= 0.5 x gdu:       %-4s (%.2f x)\n' \
            "$(verdict "${wall[cachelens]} <= 0.5 * ${wall[gdu]}")" "$(ratio cachelens gdu)"
    fi
    printf '  peak RSS <= %s MiB:     %-4s (%.1f MiB)\n' "$rss_budget" \
        "$(verdict "${rss[cachelens]} <= $rss_budget * 1024")" "$(mib cachelens)"
    printf '  bytes per entry:         %.1f B of peak RSS' "$(calc "${rss[cachelens]} * 1024 / $entries")"
    if is_count "$baseline_rss"; then
        printf '; %.1f B above the %.1f MiB of cachelens --version' \
            "$(calc "(${rss[cachelens]} - $baseline_rss) * 1024 / $entries")" "$(calc "$baseline_rss / 1024")"
    fi
    echo
    [ "$files" -eq 1000000 ] || echo "  (the budgets are stated for 1 M files; this tree has $files)"
fi

if [ "$status" -ne 0 ]; then
    printf '\033[1;31m*** MISMATCH between cachelens and du: see "Checking" above ***\033[0m\n' >&2
    exit "$status"
fi
[ -n "$cachelens_why" ] && exit 3
exit 0
