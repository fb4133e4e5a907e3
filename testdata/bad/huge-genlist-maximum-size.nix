{
  containers.web.config = { };
  containers.web.extraFlags = builtins.genList toString 9223372036854775807;
}
