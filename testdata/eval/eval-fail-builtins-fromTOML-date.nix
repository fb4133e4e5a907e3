builtins.fromTOML "when = 1979-05-27T07:32:00Z"
