#!/usr/bin/env bash
# Seeds every fuzz target's corpus with the Nix files of testdata/ (generated inputs of
# testdata/bad/*.gen are too big to be useful seeds and are left out).
set -euo pipefail
cd "$(dirname "$0")"
for target in parse_lower parse_as_rnix eval compile; do
  mkdir -p "corpus/$target"
  find ../testdata -name '*.nix' -size -64k -print0 |
    while IFS= read -r -d '' file; do
      # One file per distinct content, named by its hash as libFuzzer names its own.
      cp "$file" "corpus/$target/seed-$(sha1sum "$file" | cut -c1-16)"
    done
done
echo "seeded: $(ls corpus/parse_lower | wc -l) files per target"
