builtins.isFloat (2 * 1.0)
