builtins.tryEval ({ }.a)
