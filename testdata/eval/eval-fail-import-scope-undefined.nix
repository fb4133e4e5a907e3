let hidden = 1; in import ./lib-uses-hidden.nix
