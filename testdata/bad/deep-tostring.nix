let deep = builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  # Coerced without nesting calls (to the empty string), which is no Boolean.
  containers.web.autoStart = toString deep;
}
