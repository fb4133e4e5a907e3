[ (builtins.mul 6 7) (builtins.mul 0.5 3) ]
