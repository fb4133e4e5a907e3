# `import` of an attribute set imports its `outPath`, as a flake input is imported.
import { outPath = ./dir/lib-in-dir.nix; }
