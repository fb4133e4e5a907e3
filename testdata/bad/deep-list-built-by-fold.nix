# Four hundred thousand levels built by a fold, in constant call depth, then dropped.
let deep = builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  containers.web.autoStart = builtins.length deep;
}
