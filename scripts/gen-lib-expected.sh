#!/usr/bin/env bash
# Capture what the REAL nixpkgs lib gives for every case of the lib corpus in testdata/lib,
# so that ncc's own lib is checked against it rather than against our reading of it.
#
#   testdata/lib/<group>.nix       `lib: { "<case>" = <expression over lib>; ... }`
#   testdata/lib/<group>.expected  one line per case, in the order of `attrNames`:
#                                    <case> = <JSON>       nix-instantiate --eval --strict --json
#                                    <case> ! <message>    the first stderr line starting
#                                                          "error:", without that prefix
#   testdata/lib/names.txt         every public name of the real lib: the top level, then
#                                  `<namespace>.<name>` for each namespace ncc must have
#
# Usage: scripts/gen-lib-expected.sh LIBDIR           regenerate in place
#        scripts/gen-lib-expected.sh LIBDIR --check   fail on any difference
# LIBDIR is a nixpkgs lib directory (nix-community/nixpkgs.lib at a73b9c7 is lib 25.11).
# Its `.version` says which cases it proves: 25.11 those of testdata/lib (ncc's own lib),
# 26.05 (nix-community/nixpkgs.lib at 84c24e25^) those of testdata/lib-26.05, the names
# ncc's lib gains for code written against nixpkgs 26.05 or later, with names.txt there
# the public names of lib 26.05.
# Needs only bash, coreutils, diff, xargs and nix-instantiate.
set -euo pipefail

usage() {
    echo "usage: $0 LIBDIR [--check]" >&2
}

check=0
case "$#:${2:-}" in
    1:) ;;
    2:--check) check=1 ;;
    *) usage; exit 2 ;;
esac
libdir=$(cd -- "$1" && pwd)
if [[ ! -f $libdir/default.nix ]]; then
    echo "error: $libdir is not a nixpkgs lib directory (no default.nix)" >&2
    exit 2
fi
if ! command -v nix-instantiate >/dev/null 2>&1; then
    echo "error: nix-instantiate not found (apt-get install -y nix-bin)" >&2
    exit 2
fi

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
release=$(cat -- "$libdir/.version" 2>/dev/null || true)
case "$release" in
    25.11) dir="$root/testdata/lib" ;;
    26.05) dir="$root/testdata/lib-26.05" ;;
    *)
        echo "error: $libdir is nixpkgs lib '${release:-?}'; cases exist for 25.11 and 26.05" >&2
        exit 2
        ;;
esac

# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
nix_sandbox

failed=0
complain() {
    echo "error: $*" >&2
    failed=1
}

nixeval() {
    nix-instantiate --store dummy:// --eval --strict "$@"
}

# One case: its line of the .expected file, on stdout.
run_case() {
    local file=$1 name=$2 out err line
    out=$(mktemp -p "$work") err=$(mktemp -p "$work")
    if nixeval --json --expr "let lib = import $libdir; in (import $file lib).\"$name\"" >"$out" 2>"$err"; then
        printf '%s = %s\n' "$name" "$(cat -- "$out")"
    else
        # A message may be empty on its first line (it starts with a newline).
        if ! line=$(grep -m1 '^error:' "$err"); then
            echo "error: $file: $name: no error line" >&2
            cat -- "$err" >&2
            return 1
        fi
        line=${line#error:}
        line=${line# }
        line=${line%"${line##*[![:space:]]}"}
        # positions name the case file absolutely; keep them relative to testdata/lib
        line=${line//"$dir/"/}
        printf '%s ! %s\n' "$name" "$line"
    fi
    rm -f -- "$out" "$err"
}
export -f run_case nixeval
export libdir work dir

cd -- "$dir"
shopt -s nullglob
groups=(*.nix)
if (( ${#groups[@]} == 0 )); then
    echo "error: no cases in $dir" >&2
    exit 2
fi

total=0
for f in "${groups[@]}"; do
    base=${f%.nix}
    names=$(nixeval --json --expr "builtins.attrNames (import $dir/$f (import $libdir))") || {
        complain "$f: cannot list its cases"
        continue
    }
    names=${names#[}
    names=${names%]}
    : >"$work/names"
    if [[ -n $names ]]; then
        tr ',' '\n' <<<"$names" | sed 's/^"//; s/"$//' >"$work/names"
    fi
    if grep -qv "^[A-Za-z0-9_'./+-]*$" "$work/names"; then
        complain "$f: case names may use only letters, digits and _'./+-"
        continue
    fi
    # Run the cases two at a time; keep attrNames order.
    if ! xargs -a "$work/names" -d '\n' -P 2 -I{} bash -c 'run_case "$1" "$2" >"$work/case.$3.{}"' _ "$dir/$f" {} "$base"; then
        complain "$f: a case could not be captured"
        continue
    fi
    while IFS= read -r name; do
        cat -- "$work/case.$base.$name"
        total=$((total + 1))
    done <"$work/names" >"$work/new/$base.expected"
    rm -f -- "$work"/case."$base".*
    if grep -qF -e "$root" -e "$work" "$work/new/$base.expected"; then
        complain "$f: a case gives a machine-dependent path"
    fi
done

# Every public name: top level and the namespaces ncc must have.
nixeval --json --expr "
  let
    lib = import $libdir;
    spaces = [ \"strings\" \"lists\" \"attrsets\" \"trivial\" \"types\" \"modules\" \"options\"
      \"generators\" \"fixedPoints\" \"asserts\" \"versions\" \"meta\" \"customisation\"
      \"filesystem\" \"path\" \"cli\" \"network\" \"debug\" \"fileset\" ];
  in
  builtins.attrNames lib
  ++ builtins.concatMap (s: map (n: s + \".\" + n) (builtins.attrNames lib.\${s})) spaces
" | tr -d '[]' | tr ',' '\n' | sed 's/^"//; s/"$//' >"$work/new/names.txt"

cd -- "$dir"
existing=(*.expected names.txt)
check_or_write "$check" "$dir" "${dir#"$root/"} expected values are stale; run scripts/gen-lib-expected.sh LIBDIR" "${existing[@]}"
if (( check )); then
    echo "ok: $total lib cases in ${#groups[@]} groups match the real lib"
else
    echo "wrote expected values of $total lib cases in ${#groups[@]} groups and $(wc -l <"$work/new/names.txt") public names"
fi
