builtins.replaceStrings [ "-" ] [ "" ] "a-b-c"
