builtins.isPath ./${"dir"}/default.nix
