builtins.replaceStrings [ "o" ] [ "oo" ] "foo"
