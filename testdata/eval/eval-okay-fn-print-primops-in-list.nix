[ map (map (x: x)) builtins.length ]
