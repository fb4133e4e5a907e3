import ./lib-chain.nix
