builtins.appendContext "x" { "/nix/store/ffffffffffffffffffffffffffffffff-y" = { allOutputs = true; }; }
