let deep = builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  # Forced without nesting calls; what it gives is no Boolean.
  containers.web.autoStart = builtins.deepSeq deep "forced";
}
