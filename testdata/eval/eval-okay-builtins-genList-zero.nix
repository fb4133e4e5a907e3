builtins.genList (x: x) 0
