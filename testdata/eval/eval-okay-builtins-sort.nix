builtins.sort builtins.lessThan [ 3 1 2 ]
