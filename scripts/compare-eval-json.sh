#!/usr/bin/env bash
# compare-eval-json.sh LIBDIR [HOST...]: `ncc eval -A containers --json` must print what
# nixpkgs lib's real `lib.evalModules` gives for the same host and ncc's container schema
# (compiler/src/schema.nix), evaluated by nix-instantiate. A container's own `config` is
# "<module>" on both sides, options without a value are left out, and so are `path` (NixOS
# derives it from a system build ncc cannot make) and the removed `pkgs`. LIBDIR is a nixpkgs lib checkout (its lib/ or root).
# Defaults to every host in testdata/examples. Exits 1 on any difference.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: $0 LIBDIR [HOST...]" >&2; exit 2; }
libdir="$(cd "$1" && pwd)"
[[ -f "$libdir/lib/default.nix" ]] && libdir="$libdir/lib"
shift
hosts=("$@")
[[ ${#hosts[@]} -gt 0 ]] || hosts=("$root"/testdata/examples/*.nix)

# shellcheck disable=SC2016 # Nix code, not shell expansions
expression='{ libDir, schema, host }:
let
  lib = import (/. + libDir);
  result = lib.evalModules { modules = [ (/. + schema) (/. + host) ]; };
  # An option without a value is left out, as ncc leaves it out.
  defined = c: name: (builtins.tryEval (builtins.seq c.${name} true)).success;
in builtins.mapAttrs (n: c: removeAttrs c [ "path" "pkgs" "config" ]
    // (if defined c "config" then { config = "<module>"; } else { }))
  result.config.containers'

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cargo build --release -q --manifest-path "$root/Cargo.toml"
status=0
for host in "${hosts[@]}"; do
  host="$(cd "$(dirname "$host")" && pwd)/$(basename "$host")"
  NIX_PATH='' HOME="$scratch" nix-instantiate --store dummy:// --eval --strict --json \
    --argstr libDir "$libdir" --argstr schema "$root/compiler/src/schema.nix" \
    --argstr host "$host" --expr "$expression" >"$scratch/nix.json"
  "${CARGO_TARGET_DIR:-$root/target}/release/ncc" eval -A containers --json "$host" >"$scratch/ncc.json"
  if python3 - "$scratch/nix.json" "$scratch/ncc.json" <<'PY'
import json, sys
nix, ncc = (json.load(open(p)) for p in sys.argv[1:3])
for container in ncc.values():
    container.pop("path", None)
    container.pop("pkgs", None)
sys.exit(0 if nix == ncc else 1)
PY
  then
    echo "same: $host"
  else
    echo "DIFFERENT: $host" >&2
    status=1
  fi
done
exit "$status"
