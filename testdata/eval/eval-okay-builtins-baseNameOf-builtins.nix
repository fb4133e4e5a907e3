builtins.baseNameOf "x/y"
