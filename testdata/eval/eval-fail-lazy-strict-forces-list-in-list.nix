[ [ (throw "inner") ] ]
