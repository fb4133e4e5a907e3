# Ten billion additions in constant depth and memory: only the step budget stops it.
let
  inner = acc: builtins.foldl' (a: _: a + 1) acc (builtins.genList (i: i) 100000);
  total = builtins.foldl' (acc: _: inner acc) 0 (builtins.genList (i: i) 100000);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString total) ];
}
