# The scope's attributes are variables around the imported file and shadow builtins.
let
  result = scopedImport { x = 40; toString = n: "number ${builtins.toString n}"; } ./dir/scoped.nix;
in
[ result (scopedImport { x = 1; } ./dir/scoped.nix) ]
