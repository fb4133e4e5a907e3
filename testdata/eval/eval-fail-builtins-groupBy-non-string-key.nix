builtins.groupBy (x: x) [ 1 ]
