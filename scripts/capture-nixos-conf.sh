#!/usr/bin/env bash
# Capture the container .conf text NixOS itself writes, for every case of
# testdata/conf, so that ncc's .conf is checked byte for byte against NixOS's own
# generator rather than against our reading of it.
#
# For each testdata/conf/<case>.nix (a NixOS host module declaring exactly one
# container, the same file ncc compiles in compiler/tests/conf.rs), the upstream
# module nixos/modules/virtualisation/nixos-containers.nix is evaluated with real
# Nix and nixpkgs lib (lib.evalModules) together with the stubs of
# scripts/capture/ (the host options it reads and sets, a fake `pkgs`, `utils`,
# and a stub eval-config.nix for the container's own `config`), and
#
#   <case>.conf  gets  config.environment.etc."<dir>/<name>.conf".text
#   <case>.dir   gets  where NixOS puts that file, relative to /, e.g.
#                      etc/nixos-containers/web.conf (etc/containers/web.conf
#                      when system.stateVersion < 22.05)
#
# The one deliberate difference: for a container given by `config`, NixOS writes
# SYSTEM_PATH=<toplevel store path>, which ncc cannot know and leaves out
# (DESIGN.md §4.5); that line is removed from the captured text (its slot's blank
# line stays). See scripts/capture/capture.nix and testdata/conf/README.md.
#
# Upstream code is not part of this repository: pass its location.
#
#   LIBDIR       a checkout of nixpkgs lib (nix-community/nixpkgs.lib; the
#                checkout root or its lib/ directory)
#   MODULE_FILE  nixos/modules/virtualisation/nixos-containers.nix of nixpkgs
#
# Usage: scripts/capture-nixos-conf.sh [--check] LIBDIR MODULE_FILE
#          without --check: regenerate testdata/conf/*.conf and *.dir in place
#          with --check:    regenerate into a temporary directory and fail on any
#                           difference from the committed files
#
# Needs bash, coreutils, diff, jq and nix-instantiate (Debian nix-bin 2.8).
set -euo pipefail

usage() {
    echo "usage: $0 [--check] LIBDIR MODULE_FILE" >&2
}

check=0
if [[ ${1:-} == --check ]]; then
    check=1
    shift
fi
if (( $# != 2 )); then
    usage
    exit 2
fi

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/testdata/conf"
capture="$root/scripts/capture/capture.nix"

libdir=$1
if [[ -f $libdir/lib/default.nix ]]; then
    libdir=$libdir/lib
fi
if [[ ! -f $libdir/default.nix ]]; then
    echo "error: $1 is not a nixpkgs lib checkout (no default.nix)" >&2
    exit 2
fi
if [[ ! -f $2 ]]; then
    echo "error: $2: no such module file" >&2
    exit 2
fi
libdir=$(cd -- "$libdir" && pwd)
module=$(cd -- "$(dirname -- "$2")" && pwd)/$(basename -- "$2")

for tool in nix-instantiate jq diff; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: $tool not found (apt-get install -y nix-bin jq diffutils)" >&2
        exit 2
    fi
done

# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
nix_sandbox

cd -- "$dir"
shopt -s nullglob
cases=(*.nix)
if (( ${#cases[@]} == 0 )); then
    echo "error: no cases in $dir" >&2
    exit 2
fi

failed=0
for f in "${cases[@]}"; do
    base=${f%.nix}
    # 2.8 prints JSON while it evaluates: trust the exit code, not the output.
    if ! nix-instantiate --store dummy:// --eval --strict --json "$capture" \
        --argstr libDir "$libdir" \
        --argstr moduleFile "$module" \
        --argstr caseFile "$dir/$f" >"$work/out.json" 2>"$work/stderr"; then
        echo "error: $f: NixOS does not evaluate this host:" >&2
        cat -- "$work/stderr" >&2
        failed=1
        continue
    fi
    jq -j '.text' <"$work/out.json" >"$work/new/$base.conf"
    jq -r '.dir' <"$work/out.json" >"$work/new/$base.dir"
    while IFS= read -r warning; do
        echo "warning: $f: NixOS warns: $warning" >&2
    done < <(jq -r '.warnings[]' <"$work/out.json")
    if grep -q -F -e "$root" -e "$work" -e "$libdir" -e "$module" -- \
        "$work/new/$base.conf"; then
        echo "error: $f: the text names a machine-dependent path" >&2
        failed=1
    fi
done

existing=(*.conf *.dir)
check_or_write "$check" "$dir" "testdata/conf expected texts are stale; run scripts/capture-nixos-conf.sh LIBDIR MODULE_FILE" "${existing[@]}"
if (( check )); then
    echo "ok: ${#cases[@]} cases match NixOS's .conf text"
else
    echo "wrote the .conf text NixOS writes for ${#cases[@]} cases"
fi
