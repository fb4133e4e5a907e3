let
  set = {
    first = 1;
      second.nested = 2;
    "quoted" = 3;
  };
  position = name: let p = builtins.unsafeGetAttrPos name set; in
    if p == null then null else { inherit (p) line column; file = baseNameOf p.file; };
in
{
  first = position "first";
  second = position "second";
  quoted = position "quoted";
  missing = position "missing";
  here = let p = __curPos; in [ p.line p.column (baseNameOf p.file) ];
}
