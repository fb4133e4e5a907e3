# types.coercedTo passes a final-type value through
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; coercedTo int toString str; };
  config.v = "42";
}
