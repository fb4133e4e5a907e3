[ (builtins.isString "") (builtins.isString ''x'') (builtins.isString 1) (builtins.isString { outPath = "x"; }) ]
