builtins.seq (throw "forced") "done"
