# types.coercedTo converts an int to a string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; coercedTo int toString str; };
  config.v = 42;
}
