"${./lib-does-not-exist.nix}"
