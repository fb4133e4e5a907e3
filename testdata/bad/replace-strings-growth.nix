let
  grow = s: builtins.replaceStrings [ "x" ] [ "xxxxxxxxxx" ] s;
  big = builtins.foldl' (s: _: grow s) "x" (builtins.genList (i: i) 20);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ big ];
}
