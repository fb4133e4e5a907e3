#!/usr/bin/env bash
# test-pre-commit.sh: runs this repository's pre-commit hook `ncc-check` as a user's
# repository would, with the real pre-commit (from PyPI), in a scratch git repository
# holding a realistic NixOS repository (testdata/repos/flake-fleet: a flake with two
# hosts, a containers/ directory imported by readDir, a one-container file imported with
# arguments, a package, an overlay, a home-manager module, a shell.nix):
#
# 1. every file staged (--all-files): the hook passes; the files no host reaches (the
#    package, the home-manager module; the overlay is reached through the hosts' `pkgs`)
#    are named in notes, not errors;
# 2. a commit that breaks the one-container file: the hook fails, and its output shows
#    ncc's diagnostic in that file, naming the host that imports it;
# 3. a commit that breaks the package's syntax: the hook fails with the syntax error.
#
# `pre-commit try-repo` builds the hook with `cargo install --path .` (language: rust) from
# this repository, uncommitted changes included. CARGO_TARGET_DIR defaults to this
# repository's target/ so that the build reuses what `cargo build --release` compiled.
# Exits 0 when all three hold, 1 otherwise.
set -euo pipefail

repository="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v pre-commit >/dev/null; then
  echo "test-pre-commit.sh: pre-commit is not installed (pip install pre-commit)" >&2
  exit 1
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/pre-commit-home"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repository/target}"

fail() {
  echo "test-pre-commit.sh: $1" >&2
  echo "--- pre-commit's output:" >&2
  cat "$2" >&2
  exit 1
}

expect() {
  local log=$1
  shift
  for expected in "$@"; do
    grep -Eq -- "$expected" "$log" || fail "the output lacks /$expected/" "$log"
  done
}

fleet="$scratch/fleet"
cp -r "$repository/testdata/repos/flake-fleet" "$fleet"
cd "$fleet"
git init -q .
git config user.email "ci@example.invalid"
git config user.name "ncc CI"
git add -A

# 1. The whole repository, every file staged, passes.
clean_log="$scratch/clean.log"
if ! pre-commit try-repo "$repository" ncc-check --all-files --verbose >"$clean_log" 2>&1; then
  fail "the hook failed on a clean repository" "$clean_log"
fi
expect "$clean_log" '^ncc check\.+Passed' \
  'note: .*pkgs/motd\.nix: no host reaches this file \(a package\)' \
  'note: .*home/alice\.nix: no host reaches this file \(a home-manager module\)'
echo "pre-commit ncc-check on a clean repository, every file staged: passed"
git commit -qm "a clean fleet"

# 2. A broken one-container file fails, with the diagnostic in that file and its host.
sed -i 's/localAddress = "10.231.1.2";/localAddress = "10.231.1.256";/' hosts/web/blog.nix
git add hosts/web/blog.nix
broken_log="$scratch/broken.log"
if pre-commit try-repo "$repository" ncc-check --files hosts/web/blog.nix >"$broken_log" 2>&1; then
  fail "the hook passed a broken container" "$broken_log"
fi
expect "$broken_log" '^ncc check\.+Failed' 'error\[C203\]' '--> hosts/web/blog\.nix:8:18' \
  'in nixosConfigurations\.web \(flake\.nix\)' '1 error in 1 '
echo "pre-commit ncc-check on a broken container file: failed as it should, showing:"
sed -n '/^ncc check/,$p' "$broken_log"
git checkout -q hosts/web/blog.nix

# 3. A package that does not parse fails with the syntax error; it reaches no host.
sed -i 's/{ stdenv, lib }:/{ stdenv lib }:/' pkgs/motd.nix
git add pkgs/motd.nix
syntax_log="$scratch/syntax.log"
if pre-commit try-repo "$repository" ncc-check --files pkgs/motd.nix >"$syntax_log" 2>&1; then
  fail "the hook passed a package that does not parse" "$syntax_log"
fi
expect "$syntax_log" '^ncc check\.+Failed' 'error\[N001\]' '--> pkgs/motd\.nix:1:'
echo "pre-commit ncc-check on a package that does not parse: failed as it should, showing:"
sed -n '/^ncc check/,$p' "$syntax_log"
