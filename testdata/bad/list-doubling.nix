# Doubling a list 64 times would need 2^64 elements.
let big = builtins.foldl' (l: _: l ++ l) [ "x" ] (builtins.genList (i: i) 64);
in {
  containers.web.config = { };
  containers.web.extraFlags = big;
}
