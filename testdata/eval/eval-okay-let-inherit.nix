let s = { x = 3; }; inherit (s) x; in x
