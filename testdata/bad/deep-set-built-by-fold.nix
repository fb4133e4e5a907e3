# A set nested four hundred thousand deep, shown in a type error.
let deep = builtins.foldl' (inner: _: { inherit inner; }) { } (builtins.genList (i: i) 400000);
in {
  containers.web.config = { };
  containers.web.autoStart = deep.inner.inner;
}
