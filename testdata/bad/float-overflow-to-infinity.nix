# 1e308 * 10 is infinity; floor of it has no integer value.
{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (builtins.floor (1.0e308 * 10))) ];
  containers.web.autoStart = 1.0e308 * 10;
}
