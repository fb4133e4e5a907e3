builtins.foldl' (acc: x: x) 0 [ (throw "accumulator forced") 1 ]
