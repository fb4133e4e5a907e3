builtins.toString 1.5
