builtins.toJSON { b = [ 1 "x" null true ]; a = { c = 1.5; }; }
