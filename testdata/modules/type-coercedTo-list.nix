# types.coercedTo str to list of str, merged
{ lib, ... }:
{
  imports = [ { v = "a"; } ];
  options.v = lib.mkOption { type = with lib.types; coercedTo str lib.singleton (listOf str); };
  config.v = [ "b" ];
}
