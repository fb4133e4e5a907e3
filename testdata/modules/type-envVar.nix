# types.envVar joins definitions with colons
{ lib, ... }:
{
  imports = [ { v = "/usr/bin"; } ];
  options.v = lib.mkOption { type = with lib.types; envVar; };
  config.v = "/bin";
}
