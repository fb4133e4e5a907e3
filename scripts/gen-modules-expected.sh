#!/usr/bin/env bash
# Regenerate the expected outputs of the module-system corpus in
# testdata/modules from the REAL nixpkgs lib `lib.evalModules` (nixpkgs lib
# 25.11, nix-community/nixpkgs.lib at the commit pinned below) run by Debian
# nix-bin 2.8, so that ncc's module system is checked against the reference
# implementation rather than against our own reading of it.
#
# Case convention
#   Every testdata/modules/<name>.nix is ONE module, passed by path:
#
#     (lib.evalModules {
#       modules = [ <name>.nix ];
#       specialArgs = { specialValue = "from specialArgs"; };
#     }).config
#
#   so its definitions are located in `<root>/testdata/modules/<name>.nix'.
#   A case that needs several modules lists them in its `imports`
#   (`{ lib, ... }: { imports = [ { options... } { config... } ]; }`); inline
#   modules in `imports` inherit the file of the case. Files that cases import
#   live in testdata/modules/lib/ and are not cases themselves.
#
#   The printed value is `config` passed through a small wrapper (WRAPPER
#   below) that replaces, without forcing them:
#     - every function, and every attribute set with `__functor` (the value
#       of a `types.functionTo` option is such a set), by "<function>";
#     - `config.containers.<name>.config` (the container's own NixOS
#       configuration, a deferred module) by "<module>".
#   Nothing else is changed. Cases never print paths (they would be copied to
#   the store and depend on the checkout): they print strings, or
#   `builtins.isPath x`.
#
# Outputs
#   <name>.nix -> <name>.json
#     Nix must exit 0. The stdout of `nix-instantiate --eval --strict --json`
#     verbatim (one line of JSON, keys sorted as Nix prints them), followed by
#     one newline, which Nix 2.8 does not print: compare after trimming it.
#   fail-<name>.nix -> fail-<name>.err
#     Nix must exit non-zero. The whole error message: the first stderr line
#     starting "error:" and the lines after it, up to (not including) the
#     "(use '--show-trace' ...)" line, a "… while ..." or "stack trace" line,
#     or the blank line before the "at FILE:LINE:COL:" position block that
#     Nix 2.8 adds to some errors (infinite recursion, missing attribute).
#     nixpkgs messages are multi-line and may contain blank lines ("expected
#     to be unique.\n\nDefinition values:"): those are kept. Nix indents
#     continuation lines by 7 spaces (the width of "error: "); that
#     indentation is removed, so the lines are the message text as nixpkgs
#     built it. Trailing whitespace and trailing blank lines are dropped; the
#     file ends with a newline. The repository root is written `<root>` (a
#     case is `<root>/testdata/modules/<name>.nix') and the lib directory
#     `<lib>`.
#
# Usage: scripts/gen-modules-expected.sh LIBDIR          regenerate in place
#        scripts/gen-modules-expected.sh LIBDIR --check  regenerate into a
#                                                        temporary directory
#                                                        and fail on any
#                                                        difference
#
# LIBDIR is a checkout of nix-community/nixpkgs.lib (the directory holding
# lib/ and flake.nix) or its lib/ directory itself. If it is a git work tree
# its HEAD must be the pinned commit.
#
# Needs only bash, coreutils, grep, diff and nix-instantiate (git optional).
set -euo pipefail

# nixpkgs lib 25.11 (lib/.version), nixpkgs master of 2025-08-07.
LIB_REPO=nix-community/nixpkgs.lib
LIB_COMMIT=a73b9c743612e4244d865a2fdee11865283c04e6

usage() {
    echo "usage: $0 LIBDIR [--check]" >&2
    echo "  LIBDIR: a checkout of $LIB_REPO at $LIB_COMMIT" >&2
}

check=0
case "$#:${2:-}" in
    1:) ;;
    2:--check) check=1 ;;
    *) usage; exit 2 ;;
esac

if [[ ! -d $1 ]]; then
    echo "error: $1: not a directory" >&2
    usage
    exit 2
fi
libarg=$(cd -- "$1" && pwd)
if [[ -f $libarg/lib/modules.nix && -f $libarg/lib/default.nix ]]; then
    libdir=$libarg/lib
elif [[ -f $libarg/modules.nix && -f $libarg/default.nix ]]; then
    libdir=$libarg
else
    echo "error: $libarg holds neither lib/modules.nix nor modules.nix" >&2
    exit 2
fi
if command -v git >/dev/null 2>&1 &&
    head=$(git -C "$libdir" rev-parse HEAD 2>/dev/null); then
    if [[ $head != "$LIB_COMMIT" ]]; then
        echo "error: $libdir is at $head, expected $LIB_REPO $LIB_COMMIT" >&2
        exit 2
    fi
else
    echo "warning: $libdir is not a git work tree; cannot verify that it is" \
        "$LIB_REPO $LIB_COMMIT" >&2
fi
if [[ $(<"$libdir/.version") != 25.11 ]]; then
    echo "error: $libdir/.version is not 25.11" >&2
    exit 2
fi

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/testdata/modules"

if ! command -v nix-instantiate >/dev/null 2>&1; then
    echo "error: nix-instantiate not found (apt-get install -y nix-bin)" >&2
    exit 2
fi

# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
nix_sandbox

# The wrapper: evaluate one case and make its config printable as JSON.
# shellcheck disable=SC2016 # Nix code, not shell expansions
WRAPPER='
{ libDir, casePath }:
let
  lib = import (/. + libDir);
  result = lib.evalModules {
    modules = [ (/. + casePath) ];
    specialArgs = { specialValue = "from specialArgs"; };
  };
  isContainerConfig = path:
    builtins.length path == 3
    && builtins.elemAt path 0 == "containers"
    && builtins.elemAt path 2 == "config";
  printable = path: v:
    if isContainerConfig path then "<module>"
    else if builtins.isFunction v then "<function>"
    else if builtins.isAttrs v then
      (if v ? __functor then "<function>"
       else builtins.mapAttrs (n: printable (path ++ [ n ])) v)
    else if builtins.isList v then map (printable path) v
    else v;
in
printable [ ] result.config
'

nixeval() {
    local file=$1
    shift
    nix-instantiate --store dummy:// --eval --strict "$@" \
        --argstr libDir "$libdir" --argstr casePath "$file" --expr "$WRAPPER"
}

# Output must not depend on where the repository or the lib is checked out.
machine_dependent() {
    local file=$1
    [[ -n $(grep -F -e "$root" -e "$libdir" -e "$work" -e /nix/store \
        -- "$file" || true) ]]
}

failed=0
complain() {
    echo "error: $*" >&2
    failed=1
}

cd -- "$dir"
shopt -s nullglob

okay=()
fail=()
for f in *.nix; do
    if [[ $f == fail-* ]]; then
        fail+=("$f")
    else
        okay+=("$f")
    fi
done
if (( ${#okay[@]} == 0 && ${#fail[@]} == 0 )); then
    echo "error: no cases in $dir" >&2
    exit 2
fi

for f in "${okay[@]}"; do
    base=${f%.nix}
    out="$work/new/$base.json"
    # read the exit code first: a failing --json run leaves half a document
    if ! nixeval "$dir/$f" --json >"$out" 2>"$work/stderr"; then
        complain "$f: expected success, nix-instantiate failed:"
        cat -- "$work/stderr" >&2
        rm -f -- "$out"
        continue
    fi
    # Nix 2.8 ends the JSON without a newline: end the file with one
    if [[ -s $out && $(tail -c 1 -- "$out" | od -An -c) != *'\n'* ]]; then
        printf '\n' >>"$out"
    fi
    if machine_dependent "$out"; then
        complain "$f: output contains a machine-dependent path"
    fi
done

for f in "${fail[@]}"; do
    base=${f%.nix}
    if nixeval "$dir/$f" --json >/dev/null 2>"$work/stderr"; then
        complain "$f: expected failure, nix-instantiate succeeded"
        continue
    fi
    msg=()
    while IFS= read -r l || [[ -n $l ]]; do
        if (( ${#msg[@]} == 0 )); then
            [[ $l == error:* ]] && msg+=("$l")
            continue
        fi
        if [[ $l == "(use '--show-trace'"* || $l == *"… while"* ||
            $l == *"stack trace"* ]]; then
            break
        fi
        # Nix 2.8 ends some messages with a blank line and the position of
        # the failing expression ("at FILE:LINE:COL:" and a code excerpt)
        if [[ $l =~ ^[[:space:]]*at\ .*:[0-9]+:[0-9]+:$ &&
            -z ${msg[-1]//[[:space:]]/} ]]; then
            break
        fi
        msg+=("${l#"       "}")
    done <"$work/stderr"
    # drop trailing blank lines
    while (( ${#msg[@]} > 1 )) && [[ -z ${msg[-1]//[[:space:]]/} ]]; do
        unset 'msg[-1]'
    done
    if (( ${#msg[@]} == 0 )); then
        complain "$f: no line starting with 'error:' on stderr:"
        cat -- "$work/stderr" >&2
        continue
    fi
    for i in "${!msg[@]}"; do
        l=${msg[$i]}
        l=${l%"${l##*[![:space:]]}"}
        l=${l//"$libdir"/<lib>}
        l=${l//"$root"/<root>}
        msg[i]=$l
    done
    printf '%s\n' "${msg[@]}" >"$work/new/$base.err"
    if machine_dependent "$work/new/$base.err"; then
        complain "$f: error message contains a machine-dependent path"
    fi
done

existing=(*.json *.err)
check_or_write "$check" "$dir" "testdata/modules expected outputs are stale; run scripts/gen-modules-expected.sh LIBDIR" "${existing[@]}"
if (( check )); then
    echo "ok: ${#okay[@]} good and ${#fail[@]} fail module cases match" \
        "nixpkgs lib $LIB_COMMIT"
else
    echo "wrote expected outputs for ${#okay[@]} good and ${#fail[@]} fail" \
        "module cases (nixpkgs lib $LIB_COMMIT)"
fi
