let big = builtins.foldl' (s: _: "${s}${s}") "x" (builtins.genList (i: i) 64);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ big ];
}
