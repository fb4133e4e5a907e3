map builtins.typeOf [ 1 1.0 "" ./. null true { } [ ] (x: x) builtins.add (builtins.add 1) ]
