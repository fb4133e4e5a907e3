# three definitions: the message shows the first two that differ
{ lib, ... }:
{
  imports = [ { a = "x"; } { a = "x"; } { a = "y"; } ];
  options.a = lib.mkOption { type = lib.types.str; };
}
