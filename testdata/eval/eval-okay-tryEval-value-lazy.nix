(builtins.tryEval (1 + 1)).value
