builtins.fromJSON "{"
