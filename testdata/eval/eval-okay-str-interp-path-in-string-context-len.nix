builtins.isString "${./lib-value.nix}"
