builtins.import ./lib-value.nix
