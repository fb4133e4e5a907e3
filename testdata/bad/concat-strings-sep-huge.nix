let
  words = builtins.genList (i: "word") 100000;
  big = builtins.foldl' (s: _: builtins.concatStringsSep s words) "," (builtins.genList (i: i) 10);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ big ];
}
