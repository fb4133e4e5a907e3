builtins.attrNames { c = 1; a = 2; b = 3; }
