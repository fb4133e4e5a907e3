builtins.isPath (dirOf ./dir/default.nix)
