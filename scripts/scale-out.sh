#!/usr/bin/env bash
# How `ncc check` scales past one machine's fleet (issue 16 part 5), printed as markdown.
#
# Usage: scripts/scale-out.sh [HOSTS]
#
# 1. One host, growing: `gen-fleet N` (seed 1, a tenth of the containers with a finding)
#    for N = 1,000, 10,000 and 30,000, each checked by `ncc check` (human output) and
#    `ncc check --format json`: wall time (best of a few runs) and peak RSS (GNU time).
#    gen-fleet stops short of 100,000 containers: one host has 65,535 ports to forward,
#    and the generator gives every web container its own; the README extrapolates.
# 2. Many hosts, as a CI checks them: HOSTS (default 200) hosts of 10 containers each
#    (`gen-fleet 10 --seed I`), checked three ways on this machine's cores: one process
#    per host one after another, one process per host `nproc` at a time (xargs -P), and
#    one process given every host.
#
# Needs bash, cargo, GNU time (`apt-get install -y time`), xargs. Builds ncc and
# gen-fleet in release mode first (CARGO_TARGET_DIR is honoured).
set -euo pipefail

hosts=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/fleet-tools.sh
. "$root/scripts/fleet-tools.sh"
# A repository of its own, so that no host's check looks beyond it.
git init -q "$work"

# best RUNS COMMAND...: "MILLISECONDS KILOBYTES"; exit status 1 (findings) is expected.
best() {
    local runs=$1 ns kb
    shift
    read -r ns kb < <(measure "$runs" 1 "$@")
    echo "$((ns / 1000000)) $kb"
}

echo "| containers | host | ncc check | its peak RSS | ncc check --format json | its peak RSS |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in 1000 10000 30000; do
    host=$work/fleet-$n.nix
    "$gen" "$n" -o "$host"
    if [ "$n" -le 1000 ]; then runs=5; elif [ "$n" -le 10000 ]; then runs=3; else runs=1; fi
    read -r human_ms human_kb < <(best "$runs" "$ncc" check --quiet "$host")
    read -r json_ms json_kb < <(best "$runs" "$ncc" check --format json "$host")
    printf '| %s | %s MB | %s ms | %s MB | %s ms | %s MB |\n' "$(printf "%'d" "$n")" \
        "$(awk -v b="$(wc -c < "$host")" 'BEGIN { printf "%.1f", b / 1048576 }')" \
        "$human_ms" "$((human_kb / 1024))" "$json_ms" "$((json_kb / 1024))"
    rm -f "$host"
done
echo

mkdir -p "$work/hosts"
for ((i = 1; i <= hosts; i++)); do
    "$gen" 10 --seed "$i" -o "$work/hosts/host$(printf %04d "$i").nix"
done
cores=$(nproc)
timed() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -le 1 ] || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
per_host_sequential=$(timed bash -c "for h in '$work'/hosts/*.nix; do '$ncc' check --quiet \"\$h\" || [ \$? -le 1 ]; done")
per_host_parallel=$(timed bash -c "ls '$work'/hosts/*.nix | xargs -P $cores -n 1 '$ncc' check --quiet")
one_process=$(timed bash -c "'$ncc' check --quiet '$work'/hosts/*.nix")
/usr/bin/time -f %M -o "$work/rss" "$ncc" check --quiet "$work"/hosts/*.nix >/dev/null 2>&1 || true
one_rss=$(tail -n 1 "$work/rss")
echo "| $hosts hosts of 10 containers | wall time |"
echo "|---|---:|"
echo "| one process per host, one after another | $per_host_sequential ms |"
echo "| one process per host, $cores at a time (xargs -P $cores) | $per_host_parallel ms |"
echo "| one process given every host (peak RSS $((one_rss / 1024)) MB) | $one_process ms |"
echo
echo "Machine: $cores cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
