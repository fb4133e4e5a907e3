# types.unique { message } with one definition
{ lib, ... }:
{
  options.v = lib.mkOption { type = lib.types.unique { message = "Define v once."; } lib.types.str; };
  config.v = "once";
}
