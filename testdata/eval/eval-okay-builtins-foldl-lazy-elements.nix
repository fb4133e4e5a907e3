builtins.foldl' (acc: x: acc + 1) 0 [ (throw "never") (throw "never") ]
