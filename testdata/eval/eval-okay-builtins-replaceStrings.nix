builtins.replaceStrings [ "a" ] [ "A" ] "banana"
