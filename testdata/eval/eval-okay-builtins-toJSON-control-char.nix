builtins.toJSON "\r"
