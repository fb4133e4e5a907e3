# Scalars, nesting, escaping, functions and a derivation-like set, as Nix writes them.
builtins.toXML {
  scalars = [ 1 (-7) 1.5 true false null "text" ];
  escaped = "<a href=\"x\">&amp;\n'quoted'</a>";
  "needs quoting" = { };
  empty = [ ];
  nested = [ [ [ 1 ] ] { a.b.c = 2; } ];
  functions = [ (x: x) ({ a, b ? 1 }: a) ({ z, ... }@all: z) builtins.map ];
  drv = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; name = "x"; };
  again = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; };
}
