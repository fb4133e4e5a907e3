[ (builtins.lessThan 1 2) (builtins.lessThan 2.5 1) (builtins.lessThan "a" "b") ]
