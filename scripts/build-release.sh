#!/usr/bin/env bash
# build-release.sh: builds the `ncc` binary as it is meant to be shipped, the one README's
# Performance section times against nix-instantiate:
#
#   - statically linked with musl, at a fixed address: no dynamic loader, nothing to
#     relocate, and none of glibc's start-up, which asks the processor about its caches
#     with dozens of `cpuid` instructions (each one traps on a virtual machine);
#   - optimized with a profile of ncc checking and building this repository's own test
#     inputs (profile-guided optimization: LLVM lays out and inlines by what runs).
#
# Prints the binary's path: target/release-static/x86_64-unknown-linux-musl/release/ncc.
# Needs the Rust target x86_64-unknown-linux-musl and the llvm-tools component (added with
# rustup when missing; without llvm-tools it builds without a profile and says so), and
# musl-gcc (Debian's musl-tools), which compiles mimalloc's C. `--no-pgo` skips the
# profile: one build instead of two.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-unknown-linux-musl
pgo=1
[[ "${1:-}" == --no-pgo ]] && pgo=0

if [[ "$(uname -m)-$(uname -s)" != x86_64-Linux ]]; then
  echo "build-release.sh: builds for $target, on x86_64 Linux only" >&2
  exit 2
fi
# Exit status 3: what the build needs cannot be had on this machine (said on stderr).
if ! command -v musl-gcc >/dev/null; then
  echo "build-release.sh: musl-gcc is missing (Debian: apt-get install musl-tools)" >&2
  exit 3
fi
if [[ ! -d "$(rustc --print target-libdir --target "$target")" ]]; then
  # rustup's own server may be out of reach (a machine whose registries are crates.io,
  # PyPI, Debian and npm): bounded, so that a download that never answers fails.
  if ! command -v rustup >/dev/null || ! timeout 300 rustup target add "$target" >&2; then
    echo "build-release.sh: the Rust standard library for $target is missing and rustup could not add it" >&2
    exit 3
  fi
fi
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [[ $pgo == 1 && ! -x "$profdata" ]]; then
  if ! command -v rustup >/dev/null || ! timeout 300 rustup component add llvm-tools >&2 ||
    [[ ! -x "$profdata" ]]; then
    echo "build-release.sh: llvm-profdata is missing (rustup component add llvm-tools): building without a profile" >&2
    pgo=0
  fi
fi

static="-C relocation-model=static"
if [[ $pgo == 1 ]]; then
  profiles="$PWD/target/pgo-profiles"
  rm -rf "$profiles"
  RUSTFLAGS="$static -C profile-generate=$profiles" \
    cargo build --release -q -p ncc --target "$target" --target-dir target/pgo-instrumented
  trainee="$PWD/target/pgo-instrumented/$target/release/ncc"
  # The profile: what ncc does on the inputs people give it, one process each as
  # pre-commit runs it. Findings (1) and inputs that are not hosts (2) are expected; a
  # crash stops the build.
  for file in testdata/examples/*.nix testdata/check/*.nix testdata/fleet/*.nix; do
    "$trainee" check "$file" >/dev/null 2>&1 || [[ $? -le 2 ]]
  done
  for dir in testdata/repos/*/ testdata/hosts/*/; do
    (cd "$dir" && "$trainee" check >/dev/null 2>&1) || [[ $? -le 2 ]]
    mapfile -t files < <(cd "$dir" && find . -name '*.nix' | sort)
    (cd "$dir" && "$trainee" check "${files[@]}" >/dev/null 2>&1) || [[ $? -le 2 ]]
  done
  tree=$(mktemp -d)
  "$trainee" build testdata/examples/seed.nix -o "$tree/out" >/dev/null 2>&1
  rm -rf "$tree"
  "$profdata" merge -o "$profiles/ncc.profdata" "$profiles"/*.profraw
  RUSTFLAGS="$static -C profile-use=$profiles/ncc.profdata" \
    cargo build --release -q -p ncc --target "$target" --target-dir target/release-static
else
  RUSTFLAGS="$static" cargo build --release -q -p ncc --target "$target" --target-dir target/release-static
fi
echo "$PWD/target/release-static/$target/release/ncc"
