builtins.readFile (toString ./lib-text.txt)
