import ./lib-missing.nix
