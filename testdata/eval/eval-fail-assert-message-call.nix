assert builtins.isInt "a"; 1
