# Many sets with names in common, each sorted on its own: every name once, sorted, its
# values in the order of the list (not of the names), and the fold recursiveUpdate makes.
let
  sets = [
    { zeta = 1; alpha = "a1"; "b c" = 0; }
    { alpha = "a2"; mid = [ 1 ]; }
    { }
    { zeta = 3; "Zed" = 4; alpha = "a3"; }
    { "" = "empty"; mid = [ 2 ]; zeta = 5; }
  ];
  zipped = builtins.zipAttrsWith (name: values: { inherit name values; }) sets;
  update = a: b: builtins.zipAttrsWith (n: vs: if builtins.length vs == 1 then builtins.head vs else builtins.elemAt vs 1) [ a b ];
in {
  inherit zipped;
  names = builtins.attrNames zipped;
  folded = builtins.foldl' update { } (map (i: { "k${toString (builtins.div i 3)}" = i; "v${toString i}" = i; }) (builtins.genList (i: i) 12));
}
