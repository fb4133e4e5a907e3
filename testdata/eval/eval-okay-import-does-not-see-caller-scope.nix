let hidden = 1; in import ./lib-scope.nix
