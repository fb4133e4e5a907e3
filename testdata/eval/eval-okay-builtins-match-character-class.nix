builtins.match "[[:space:]]*([^[:space:]]+)[[:space:]]*" "  word  "
