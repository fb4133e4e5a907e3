(builtins.tryEval (builtins.throw "x")).success
