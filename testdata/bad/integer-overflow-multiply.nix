{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (3037000500 * 3037000500)) ];
}
