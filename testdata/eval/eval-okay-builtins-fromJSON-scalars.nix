map builtins.fromJSON [ "1" "1.5" "1e3" "1.0" "-3" "\"s\"" "null" "true" ]
