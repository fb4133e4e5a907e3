{
  containers.web.config = { };
  containers.web.extraFlags = builtins.genList toString (-1);
}
