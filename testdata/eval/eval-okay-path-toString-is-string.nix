builtins.isString (toString ./.)
