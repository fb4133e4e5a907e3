let s = { "x y" = 1; }; in { inherit (s) "x y"; }
