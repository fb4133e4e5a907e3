# the merge of lib.types called by hand, as types of one's own call them
{ lib, ... }:
let
  defs = values: map (value: { file = "f.nix"; inherit value; }) values;
  t = lib.types;
in
{
  options.out = lib.mkOption { type = t.anything; };
  config.out = {
    str = t.str.merge [ "x" ] (defs [ "a" "a" ]);
    lines = t.lines.merge [ "x" ] (defs [ "a" "b" ]);
    listOf = (t.listOf t.int).merge [ "x" ] (defs [ [ 1 ] [ 2 3 ] ]);
    attrsOf = (t.attrsOf t.int).merge [ "x" ] (defs [ { a = 1; } { b = 2; } ]);
    nullOr = (t.nullOr t.str).merge [ "x" ] (defs [ null null ]);
    bool = t.bool.merge [ "x" ] (defs [ true true ]);
    coercedTo = (t.coercedTo t.int toString t.str).merge [ "x" ] (defs [ 5 ]);
    submodule = ((t.submodule { options.a = lib.mkOption { default = 1; }; }).merge [ "x" ] (defs [ { } ])).a;
    emptyValues = map (ty: ty.emptyValue) [ t.str (t.listOf t.int) (t.attrsOf t.int) (t.nullOr t.int) t.lines ];
    deprecationMessage = t.int.deprecationMessage;
    functorName = t.int.functor.name;
  };
}
