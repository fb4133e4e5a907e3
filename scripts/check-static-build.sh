#!/usr/bin/env bash
# check-static-build.sh: builds the release binary (scripts/build-release.sh: statically
# linked with musl, at a fixed address, optimized with a profile), the one README's
# Performance section times, and checks that it says, byte for byte, what the default
# release binary says: `ncc check --format json` on every example and check fixture,
# `ncc check` in every test repository and host, and `ncc build` of the seed example.
# Arguments go to build-release.sh (`--no-pgo`: one build, no profile; CI's choice, since
# a profile changes how fast the code runs, not what it prints). Exits 1 on the first
# difference. Only on x86_64 Linux, and where the musl target can be
# had; elsewhere it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "$(uname -m)-$(uname -s)" != x86_64-Linux ]]; then
  echo "static build skipped: it is built for x86_64 Linux"
  exit 0
fi

status=0
static=$(bash scripts/build-release.sh "$@" | tail -n 1) || status=$?
if [[ $status == 3 ]]; then
  echo "release build skipped: what it needs cannot be installed here (above)"
  exit 0
fi
[[ $status == 0 ]] || exit "$status"
cargo build --release -q -p ncc
dynamic="$PWD/target/release/ncc"
if ldd "$static" >/dev/null 2>&1; then
  echo "error: $static is not statically linked" >&2
  exit 1
fi

compared=0
same() { # LABEL DIR ARGS...: runs `ncc ARGS` in DIR with both binaries
  local label=$1 dir=$2
  shift 2
  local a b
  a=$(cd "$dir" && "$dynamic" "$@" 2>&1; echo "exit $?")
  b=$(cd "$dir" && "$static" "$@" 2>&1; echo "exit $?")
  if [[ "$a" != "$b" ]]; then
    echo "error: the static binary differs on $label" >&2
    diff <(echo "$a") <(echo "$b") >&2 || true
    exit 1
  fi
  compared=$((compared + 1))
}

for file in testdata/examples/*.nix testdata/check/*.nix; do
  same "$file" . check --format json "$file"
done
for dir in testdata/repos/*/ testdata/hosts/*/; do
  same "$dir" "$dir" check --color never
done
out=$(mktemp -d)
"$dynamic" build testdata/examples/seed.nix -o "$out/dynamic" >/dev/null 2>&1
"$static" build testdata/examples/seed.nix -o "$out/static" >/dev/null 2>&1
diff -r --no-dereference "$out/dynamic" "$out/static"
echo "release build (scripts/build-release.sh): statically linked; the same output as the default build on $compared inputs and the seed example's tree"
