baseNameOf ./dir/lib-in-dir.nix
