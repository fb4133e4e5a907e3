builtins.sub 0 5
