# A rec set's `__overrides` replaces what it names, in the set and in the set's scope.
let
  set = rec {
    __overrides = { a = 10; added = "new"; };
    a = 1;
    b = a + 1;
  };
in
{ inherit (set) a b added; names = builtins.attrNames set; }
