builtins.genericClosure { startSet = [ { key = 1; } ]; operator = _: [ { value = 2; } ]; }
