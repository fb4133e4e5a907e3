# Doubling 64 times: the fold overflows on its 63rd step.
{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (builtins.foldl' (n: _: n * 2) 1 (builtins.genList (i: i) 64))) ];
}
