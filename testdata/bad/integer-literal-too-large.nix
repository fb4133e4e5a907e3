{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString 99999999999999999999) ];
}
