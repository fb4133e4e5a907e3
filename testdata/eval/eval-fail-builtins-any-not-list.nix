builtins.any (x: true) { }
