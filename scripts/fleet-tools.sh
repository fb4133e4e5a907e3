# shellcheck shell=bash
# Sourced by the measuring scripts (compare-with-nix.sh, scale-out.sh): builds ncc and
# gen-fleet in release mode (CARGO_TARGET_DIR is honoured), sets $ncc, $gen and a scratch
# $work removed on exit, and defines `measure`. Expects $root, the repository. NCC=PATH
# measures that binary instead of the default build's (the release binary:
# NCC=$(scripts/build-release.sh | tail -n 1)).

[ -x /usr/bin/time ] || { echo "$0: GNU time not found (apt-get install -y time)" >&2; exit 2; }
echo "building ncc and gen-fleet (release)..." >&2
cargo build --quiet --release --bin ncc >&2
cargo build --quiet --release -p compiler --example gen-fleet >&2
target=${CARGO_TARGET_DIR:-$root/target}
# shellcheck disable=SC2034 # used by the scripts that source this one
ncc=${NCC:-$target/release/ncc}
# shellcheck disable=SC2034
gen=$target/release/examples/gen-fleet

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure RUNS MAX_STATUS COMMAND...: prints "NANOSECONDS KILOBYTES", the best wall time
# and the largest peak RSS over RUNS runs; an exit status above MAX_STATUS is a failure
# (ncc exits 1 on the warnings gen-fleet writes into one container in ten). Wall time is
# taken with nanosecond resolution around the run.
measure() {
    local runs=$1 max_status=$2
    shift 2
    local best="" peak=0 i start end elapsed rss status
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        status=0
        /usr/bin/time -f %M -o "$work/rss" "$@" >"$work/out" 2>"$work/err" || status=$?
        if [ "$status" -gt "$max_status" ]; then
            echo "$0: failed: $*" >&2
            head -c 2000 "$work/err" >&2
            exit 1
        fi
        end=$(date +%s%N)
        elapsed=$((end - start))
        rss=$(tail -n 1 "$work/rss")
        if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
        if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    done
    echo "$best $peak"
}
