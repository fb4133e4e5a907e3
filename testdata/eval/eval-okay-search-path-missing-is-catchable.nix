# A name the search path lacks is an error `tryEval` catches, even where `throw` is
# redefined; `findFile` fails the same way.
let
  throw = abort "not this one";
in [
  (builtins.tryEval <no-such-entry>).success
  (builtins.tryEval <no-such-entry/with/a/path.nix>).success
  (builtins.tryEval (builtins.findFile [ ] "missing")).success
  (builtins.tryEval (builtins.findFile [ { prefix = "x"; path = ./.; } ] "y")).success
]
