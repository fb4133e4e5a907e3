# Two sets, as recursiveUpdate zips them: names of the second before, between and after
# those of the first, names in both (the first set's value first), and an empty side.
let
  zip = a: b: builtins.zipAttrsWith (name: values: values) [ a b ];
in [
  (zip { m = 1; x = 2; } { a = 3; m = 4; n = 5; z = 6; })
  (zip { a = 1; b = 2; } { c = 3; d = 4; })
  (zip { c = 1; d = 2; } { a = 3; b = 4; })
  (zip { } { a = 1; })
  (zip { a = 1; } { })
  (zip { "" = 1; "A" = 2; a = 3; } { "" = 4; "B" = 5; a = 6; "é" = 7; })
]
