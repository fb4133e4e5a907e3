builtins.match "a" "ba"
