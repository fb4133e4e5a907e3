builtins.match "([0-9]+)\\.([0-9]+)" "12.34"
