let deep = builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  # Serialised without nesting calls; its length is no Boolean.
  containers.web.autoStart = builtins.stringLength (builtins.toJSON deep);
}
