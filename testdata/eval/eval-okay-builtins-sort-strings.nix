builtins.sort (a: b: a < b) [ "b" "c" "a" ]
