builtins.pathExists ./lib-value.nix
