[ (builtins.floor 1.5) (builtins.floor (-1.5)) (builtins.floor 2.0) ]
