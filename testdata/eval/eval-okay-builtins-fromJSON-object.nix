builtins.fromJSON ''{"b": [1, 2.5, null, true, false, "x"], "a": {}}''
