import ./lib-set.nix == import ./lib-set.nix
