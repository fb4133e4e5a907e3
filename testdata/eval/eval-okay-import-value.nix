import ./lib-value.nix
