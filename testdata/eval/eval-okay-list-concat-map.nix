builtins.concatLists (map (x: [ x (x * 10) ]) [ 1 2 ])
