builtins.isPath (10.0/3)
