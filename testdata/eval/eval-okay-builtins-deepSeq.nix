builtins.deepSeq { a = [ 1 ]; } "done"
