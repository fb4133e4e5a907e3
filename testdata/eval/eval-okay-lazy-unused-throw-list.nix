builtins.elemAt [ (throw "never") 2 ] 1
