# A type error whose message shows the offending value: printing it must stop somewhere.
let deep = builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  containers.web.autoStart = deep;
}
