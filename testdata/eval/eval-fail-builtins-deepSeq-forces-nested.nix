builtins.deepSeq { a = [ (throw "deep") ]; } "done"
