# A set that calls itself through __functor forever.
let loop = { __functor = self: x: self x; };
in {
  containers.web.config = { };
  containers.web.autoStart = loop 1;
}
