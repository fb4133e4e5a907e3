builtins.isString ("a" + ./lib-value.nix)
