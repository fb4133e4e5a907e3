builtins.trace { a = 1; } "result"
