# mkIf true (mkDefault v) loses to a plain value; mkIf false (mkForce v) is ignored
{ lib, ... }:
{
  imports = [ { a = lib.mkIf true (lib.mkDefault 1); } { a = lib.mkIf false (lib.mkForce 3); } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = 2;
}
