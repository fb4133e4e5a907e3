# Derivations are equal when their outputs are: attributes added after the fact do not
# count, a different builder does.
let
  make = builder: derivation { name = "e"; inherit builder; system = "x86_64-linux"; };
in [
  (make "/a" == make "/a")
  (make "/a" == make "/a" // { extra = 1; })
  (make "/a" == make "/b")
  ((make "/a").drvPath == (make "/a").drvPath)
]
