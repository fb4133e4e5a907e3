#!/usr/bin/env bash
# test-pre-commit.sh: runs this repository's pre-commit hook `ncc-check` as a user's
# repository would, with the real pre-commit (from PyPI), in a scratch git repository:
#
# 1. a clean host file passes;
# 2. with a broken one added, the hook fails and its output shows ncc's diagnostic.
#
# `pre-commit try-repo` builds the hook with `cargo install --path .` (language: rust) from
# this repository, uncommitted changes included. CARGO_TARGET_DIR defaults to this
# repository's target/ so that the build reuses what `cargo build --release` compiled.
# Exits 0 when both hold, 1 otherwise.
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

hosts="$scratch/hosts"
mkdir "$hosts"
cd "$hosts"
git init -q .
git config user.email "ci@example.invalid"
git config user.name "ncc CI"

# 1. A clean host passes.
cp "$repository/testdata/examples/seed.nix" host.nix
git add host.nix
clean_log="$scratch/clean.log"
if ! pre-commit try-repo "$repository" ncc-check --all-files >"$clean_log" 2>&1; then
  fail "the hook failed on a clean file" "$clean_log"
fi
grep -Eq '^ncc check\.+Passed' "$clean_log" || fail "no 'ncc check ... Passed' line" "$clean_log"
echo "pre-commit ncc-check on a clean file: passed"

# 2. A broken host fails, and the output names the file, the line and the problem.
cp "$repository/testdata/check/three-errors-at-once.nix" broken.nix
git add broken.nix
broken_log="$scratch/broken.log"
if pre-commit try-repo "$repository" ncc-check --all-files >"$broken_log" 2>&1; then
  fail "the hook passed a broken file" "$broken_log"
fi
grep -Eq '^ncc check\.+Failed' "$broken_log" || fail "no 'ncc check ... Failed' line" "$broken_log"
for expected in 'error\[M001\]' '--> broken\.nix:4:5' 'error\[N001\]' '3 errors in 1 '; do
  grep -Eq -- "$expected" "$broken_log" || fail "the output lacks /$expected/" "$broken_log"
done
echo "pre-commit ncc-check on a broken file: failed as it should, showing:"
sed -n '/^ncc check/,$p' "$broken_log"
