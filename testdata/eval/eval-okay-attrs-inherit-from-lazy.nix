let s = { x = 1; }; in { inherit (s) x; inherit (throw "never") y; }.x
