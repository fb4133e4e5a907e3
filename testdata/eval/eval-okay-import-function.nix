import ./lib-function.nix 20
