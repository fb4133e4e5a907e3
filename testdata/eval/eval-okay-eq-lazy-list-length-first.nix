[ 1 (throw "never") ] == [ 2 (throw "never") ]
