import ./dir/default.nix
