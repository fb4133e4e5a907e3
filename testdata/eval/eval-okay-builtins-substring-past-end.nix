builtins.substring 4 100 "abcdef"
