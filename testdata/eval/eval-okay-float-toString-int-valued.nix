builtins.toString 2.0
