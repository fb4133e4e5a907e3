(import ./lib-lazy-set.nix).ok
