[ builtins.true builtins.false builtins.null ]
