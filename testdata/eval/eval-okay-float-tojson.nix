builtins.toJSON [ 1.0 0.1 1.5 (1.0 / 3) 1.0e20 ]
