#!/usr/bin/env bash
# Regenerate the expected outputs of the language corpus in testdata/eval from
# real Nix (Debian nix-bin 2.8), so that the Rust evaluator is checked against
# the reference implementation rather than against our own reading of it.
#
#   eval-okay-*.nix  ->  .exp       stdout of `nix-instantiate --eval --strict`
#                        .exp.json  stdout of the same with --json, only when
#                                   that run exits 0 (a failing --json run
#                                   leaves half a document behind)
#   eval-fail-*.nix  ->  .err       the first stderr line starting "error:",
#                                   trimmed, with the absolute path of
#                                   testdata/eval/ removed from positions
#                                   ("defined at eval-fail-x.nix:1:3");
#                                   Nix must exit non-zero
#
# Usage: scripts/gen-eval-expected.sh          regenerate in place
#        scripts/gen-eval-expected.sh --check  regenerate into a temporary
#                                              directory and fail on any
#                                              difference
#
# Needs only bash, coreutils, diff and nix-instantiate.
set -euo pipefail

usage() {
    echo "usage: $0 [--check]" >&2
}

check=0
case "$#:${1:-}" in
    0:) ;;
    1:--check) check=1 ;;
    *) usage; exit 2 ;;
esac

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/testdata/eval"

if ! command -v nix-instantiate >/dev/null 2>&1; then
    echo "error: nix-instantiate not found (apt-get install -y nix-bin)" >&2
    exit 2
fi

# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
nix_sandbox

nixeval() {
    nix-instantiate --store dummy:// --eval --strict "$@"
}

# Output must not depend on where the repository is checked out.
machine_dependent() {
    local file=$1
    [[ -n $(grep -F -e "$root" -e "$work" -- "$file" || true) ]]
}

failed=0
complain() {
    echo "error: $*" >&2
    failed=1
}

cd -- "$dir"
shopt -s nullglob

okay=(eval-okay-*.nix)
fail=(eval-fail-*.nix)
if (( ${#okay[@]} == 0 && ${#fail[@]} == 0 )); then
    echo "error: no cases in $dir" >&2
    exit 2
fi

for f in "${okay[@]}"; do
    base=${f%.nix}
    out="$work/new/$base.exp"
    if ! nixeval -- "$f" >"$out" 2>"$work/stderr"; then
        complain "$f: expected success, nix-instantiate failed:"
        cat -- "$work/stderr" >&2
        rm -f -- "$out"
        continue
    fi
    if machine_dependent "$out"; then
        complain "$f: output contains a machine-dependent path"
    fi
    if nixeval --json -- "$f" >"$work/json" 2>/dev/null; then
        mv -- "$work/json" "$work/new/$base.exp.json"
        if machine_dependent "$work/new/$base.exp.json"; then
            complain "$f: JSON output contains a machine-dependent path"
        fi
    fi
done

for f in "${fail[@]}"; do
    base=${f%.nix}
    if nixeval -- "$f" >/dev/null 2>"$work/stderr"; then
        complain "$f: expected failure, nix-instantiate succeeded"
        continue
    fi
    line=""
    while IFS= read -r l || [[ -n $l ]]; do
        if [[ $l == error:* ]]; then
            line=$l
            break
        fi
    done <"$work/stderr"
    # trim surrounding whitespace
    line=${line#"${line%%[![:space:]]*}"}
    line=${line%"${line##*[![:space:]]}"}
    # positions name the file absolutely; keep them relative to testdata/eval
    line=${line//"$dir/"/}
    if [[ -z $line ]]; then
        complain "$f: no line starting with 'error:' on stderr:"
        cat -- "$work/stderr" >&2
        continue
    fi
    printf '%s\n' "$line" >"$work/new/$base.err"
    if machine_dependent "$work/new/$base.err"; then
        complain "$f: error message contains a machine-dependent path"
    fi
done

existing=(eval-*.exp eval-*.exp.json eval-*.err)
check_or_write "$check" "$dir" "testdata/eval expected outputs are stale; run scripts/gen-eval-expected.sh" "${existing[@]}"
if (( check )); then
    echo "ok: ${#okay[@]} eval-okay and ${#fail[@]} eval-fail cases match Nix"
else
    echo "wrote expected outputs for ${#okay[@]} eval-okay and" \
        "${#fail[@]} eval-fail cases"
fi
