let hosts = 0;
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (100 / hosts)) ];
}
