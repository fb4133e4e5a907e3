# Comparing two different lists, each nested two hundred thousand deep.
let
  pair = builtins.foldl' (acc: _: { a = [ acc.a ]; b = [ acc.b ]; }) { a = [ ]; b = [ ]; } (builtins.genList (i: i) 200000);
in {
  containers.web.config = { };
  containers.web.autoStart = pair.a == pair.b;
}
