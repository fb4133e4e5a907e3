#!/usr/bin/env bash
# ncc side by side with nix-instantiate and nixpkgs lib's `lib.evalModules` on the same
# generated fleets (issue 8, DESIGN.md §4.10), printed as a markdown table.
#
# Usage: scripts/compare-with-nix.sh LIBDIR [N...]
#
#   LIBDIR  a checkout of nix-community/nixpkgs.lib (the directory holding lib/) or its
#           lib/ directory itself; 25.11 (commit a73b9c743612e4244d865a2fdee11865283c04e6)
#           is what the README's table was measured with.
#   N...    fleet sizes, default 10 100 1000 10000.
#
# For each N, `gen-fleet N` (compiler/examples/gen-fleet.rs, seed 1) writes the host, and
#
#   nix:  nix-instantiate --store dummy:// --eval --strict --json with
#         (lib.evalModules { modules = [ compiler/src/schema.nix HOST ]; }).config.containers,
#         each container's `config` (a deferred module) shown as "<module>" and options
#         without a value (`path`) as "<no value>";
#   ncc:  ncc check HOST (its findings rendered for people, as a terminal shows them),
#         ncc check --format json HOST, and ncc build HOST -o DIR (which also writes the
#         files);
#
# each run alone, wall time and peak RSS from GNU time (`apt-get install -y time`). Wall
# times are the best of several runs (fewer for the large fleets); a run that fails
# stops the script. The last row is one ordinary host, testdata/examples/webhost.nix.
#
# Needs bash, cargo, GNU time, nix-instantiate (Debian's nix-bin 2.8 will do: no daemon,
# no store, no network). Builds ncc in release mode first (CARGO_TARGET_DIR is honoured).
set -euo pipefail

usage() {
    echo "usage: $0 LIBDIR [N...]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
libdir=$1
shift
[ -d "$libdir/lib" ] && libdir=$libdir/lib
[ -f "$libdir/default.nix" ] || { echo "$0: no nixpkgs lib at $libdir" >&2; exit 2; }
libdir=$(cd "$libdir" && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000 10000)

command -v nix-instantiate >/dev/null || { echo "$0: nix-instantiate not found (apt-get install -y nix-bin)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/fleet-tools.sh
. "$root/scripts/fleet-tools.sh"

cat > "$work/eval.nix" <<'EOF'
{ lib, schema, host }:
let
  lib' = import lib;
  evaluated = lib'.evalModules { modules = [ schema host ]; };
  shown = value: let tried = builtins.tryEval value; in if tried.success then tried.value else "<no value>";
in
lib'.mapAttrs
  (name: container: lib'.mapAttrs (option: shown) container // { config = "<module>"; })
  evaluated.config.containers
EOF

ms() { awk -v ns="$1" 'BEGIN { v = ns / 1e6; if (v < 10) printf "%.1f ms", v; else if (v < 10000) printf "%.0f ms", v; else printf "%.1f s", v / 1000 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f MB", kb / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { r = a / b; if (r < 10) printf "%.1f×", r; else printf "%.0f×", r }'; }

row() {
    local label=$1 host=$2 runs=$3
    read -r nix_ns nix_kb < <(measure "$runs" 0 env NIX_PATH= nix-instantiate --store dummy:// \
        --eval --strict --json --arg lib "$libdir" --arg schema "$root/compiler/src/schema.nix" \
        --arg host "$host" "$work/eval.nix")
    read -r check_ns check_kb < <(measure "$runs" 1 "$ncc" check --quiet "$host")
    read -r json_ns json_kb < <(measure "$runs" 1 "$ncc" check --format json "$host")
    read -r build_ns build_kb < <(measure "$runs" 1 "$ncc" build --quiet "$host" -o "$work/out-tree")
    rm -rf "$work/out-tree"
    printf '| %s | %s | %s | %s | %s | %s | **%s** | **%s** | %s | %s | **%s** | %s | %s |\n' \
        "$label" "$(awk -v b="$(wc -c < "$host")" 'BEGIN { if (b < 1048576) printf "%.0f KB", b / 1024; else printf "%.1f MB", b / 1048576 }')" \
        "$(ms "$nix_ns")" "$(mb "$nix_kb")" "$(ms "$check_ns")" "$(mb "$check_kb")" \
        "$(ratio "$nix_ns" "$check_ns")" "$(ratio "$nix_kb" "$check_kb")" \
        "$(ms "$json_ns")" "$(mb "$json_kb")" "$(ratio "$nix_ns" "$json_ns")" \
        "$(ms "$build_ns")" "$(mb "$build_kb")"
}

echo "| containers | host | nix-instantiate + lib | its peak RSS | ncc check | its peak RSS | time ratio | memory ratio | ncc check --format json | its peak RSS | time ratio | ncc build | its peak RSS |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    host=$work/fleet-$n.nix
    "$gen" "$n" -o "$host"
    if [ "$n" -le 100 ]; then runs=10; elif [ "$n" -le 1000 ]; then runs=5; else runs=1; fi
    row "$(printf "%'d" "$n")" "$host" "$runs"
done
row "one host (webhost.nix)" "$root/testdata/examples/webhost.nix" 10
echo
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(nix-instantiate --version | head -n 1); nixpkgs lib $(cat "$libdir/.version" 2>/dev/null || echo '?')."
