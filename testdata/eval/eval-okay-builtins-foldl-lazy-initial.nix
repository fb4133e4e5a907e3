# foldl' leaves the initial accumulator to the function.
[
  (builtins.foldl' (acc: x: x) (throw "never forced") [ 1 2 ])
  (builtins.foldl' (acc: x: acc + x) 0 [ 1 2 3 ])
]
