builtins.elemAt [ "a" "b" "c" ] 1
