builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "abab"
