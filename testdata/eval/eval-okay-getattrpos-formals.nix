# `functionArgs` keeps where each formal is written, as `unsafeGetAttrPos` reads it;
# a builtin's and a plain lambda's have none.
let
  fun = { first,
    second ? 2, ... }: first;
  at = name: let p = builtins.unsafeGetAttrPos name (builtins.functionArgs fun); in
    [ p.line p.column (baseNameOf p.file) ];
in {
  first = at "first";
  second = at "second";
  none = builtins.unsafeGetAttrPos "x" (builtins.functionArgs (x: x));
  builtin = builtins.functionArgs builtins.map;
}
