builtins.pathExists ./dir
