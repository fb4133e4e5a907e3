builtins.map toString [ 1 2 ]
