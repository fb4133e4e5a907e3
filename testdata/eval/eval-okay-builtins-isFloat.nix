[ (builtins.isFloat 1.0) (builtins.isFloat 1) (builtins.isFloat (1 / 2)) ]
