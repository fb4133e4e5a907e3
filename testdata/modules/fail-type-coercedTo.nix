# types.coercedTo: neither type
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; coercedTo int toString str; };
  config.v = 1.5;
}
