builtins.isPath ./lib-value.nix
