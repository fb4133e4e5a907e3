# every definition of the wrong type is listed
{ lib, ... }:
{
  imports = [ { a = "one"; } { a = 2; } { a = [ 3 ]; } ];
  options.a = lib.mkOption { type = lib.types.int; };
}
