builtins.concatMap (x: x) [ 1 ]
