(import ./lib-set.nix).greeting
