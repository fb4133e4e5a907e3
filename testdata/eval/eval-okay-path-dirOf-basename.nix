baseNameOf (dirOf ./dir/default.nix)
