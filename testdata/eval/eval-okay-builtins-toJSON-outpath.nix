builtins.toJSON { x = { outPath = "out"; other = 1; }; }
