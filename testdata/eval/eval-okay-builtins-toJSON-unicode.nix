builtins.toJSON "é✓"
