builtins.appendContext "x" { "/etc/passwd" = { path = true; }; }
