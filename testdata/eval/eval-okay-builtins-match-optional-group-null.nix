builtins.match "a(b)?c" "ac"
