{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (1.5 / 0.0)) ];
}
