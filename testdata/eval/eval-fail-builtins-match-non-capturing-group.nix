builtins.match "(?:a)" "a"
