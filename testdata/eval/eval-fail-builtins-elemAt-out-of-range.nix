builtins.elemAt [ 1 ] 3
