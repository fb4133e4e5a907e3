let
  pair = builtins.foldl' (acc: _: { a = [ acc.a ]; b = [ acc.b ]; }) { a = [ ]; b = [ ]; } (builtins.genList (i: i) 200000);
in {
  containers.web.config = { };
  # Compared without nesting calls (as Nix compares them); the answer is no Boolean word.
  containers.web.autoStart = if pair.a < pair.b then "less" else "not less";
}
