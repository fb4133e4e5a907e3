# types.unique { message }: the message is part of the error
{ lib, ... }:
{
  imports = [ { v = "a"; } ];
  options.v = lib.mkOption { type = lib.types.unique { message = "Define v once."; } lib.types.str; };
  config.v = "b";
}
