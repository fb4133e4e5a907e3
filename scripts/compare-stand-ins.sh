#!/usr/bin/env bash
# compare-stand-ins.sh LIBDIR SOPS_NIX AGENIX: the paths ncc's stand-ins for sops-nix's and
# agenix's NixOS modules (compiler/src/stand-ins/) give the secrets of
# testdata/stand-ins/secrets.nix must be the paths the real modules give them.
#
# The real modules (SOPS_NIX and AGENIX are checkouts of Mic92/sops-nix and ryantm/agenix)
# are evaluated by nix-instantiate with nixpkgs lib's `evalModules` (LIBDIR, a checkout of
# nixpkgs lib, its lib/ or root), with `_module.check = false` standing in for the rest of
# NixOS; the stand-ins by `ncc eval` with ncc's own lib. Exits 1 on any difference.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
[[ $# -eq 3 ]] || { echo "usage: $0 LIBDIR SOPS_NIX AGENIX" >&2; exit 2; }
libdir="$(cd "$1" && pwd)"
[[ -f "$libdir/lib/default.nix" ]] && libdir="$libdir/lib"
sops="$(cd "$2" && pwd)/modules/sops"
agenix="$(cd "$3" && pwd)/modules/age.nix"
secrets="$root/testdata/stand-ins/secrets.nix"

# shellcheck disable=SC2016 # Nix code, not shell expansions
paths='{ lib, modules }:
let
  config = (lib.evalModules { inherit modules; }).config;
  paths = builtins.mapAttrs (name: secret: { inherit (secret) name path; });
in {
  sops = paths config.sops.secrets;
  templates = paths config.sops.templates;
  age = paths config.age.secrets;
}'

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
NIX_PATH='' HOME="$scratch" nix-instantiate --store dummy:// --eval --strict --json \
  --expr "let f = $paths; in f {
    lib = import $libdir;
    modules = [ $sops $agenix $secrets { _module.check = false; _module.args.pkgs = { }; } ];
  }" >"$scratch/nix.json"
cargo build --release -q --manifest-path "$root/Cargo.toml"
"${CARGO_TARGET_DIR:-$root/target}/release/ncc" eval --json --expr "let f = $paths; in f {
    lib = import <nixpkgs/lib>;
    modules = [ $root/compiler/src/stand-ins/sops-nix.nix $root/compiler/src/stand-ins/agenix.nix $secrets ];
  }" --root "$root" >"$scratch/ncc.json"
if python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
  "$scratch/nix.json" "$scratch/ncc.json"; then
  echo "the stand-ins give the paths the modules give: $(cat "$scratch/ncc.json")"
else
  echo "the stand-ins differ from the modules:" >&2
  diff <(python3 -m json.tool "$scratch/nix.json") <(python3 -m json.tool "$scratch/ncc.json") >&2 || true
  exit 1
fi
