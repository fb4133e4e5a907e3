builtins.toString 42
