let smallest = -9223372036854775807 - 1;
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (smallest / (-1))) ];
}
