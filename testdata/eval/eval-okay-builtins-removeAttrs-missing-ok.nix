builtins.removeAttrs { a = 1; } [ "z" ]
