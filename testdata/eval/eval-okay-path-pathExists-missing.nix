builtins.pathExists ./does-not-exist
