# A list of a billion elements would need tens of gigabytes.
{
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (builtins.length (builtins.genList (i: i) 1000000000))) ];
}
