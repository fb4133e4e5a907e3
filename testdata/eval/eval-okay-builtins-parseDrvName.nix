builtins.parseDrvName "nix-2.8.0pre1"
