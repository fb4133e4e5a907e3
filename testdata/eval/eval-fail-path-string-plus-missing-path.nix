"a" + ./lib-does-not-exist.nix
