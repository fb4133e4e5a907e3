# a plain `throw` definition fires even though a mkForce wins: its
# priority must be read, which forces it
{ lib, ... }:
{
  imports = [ { a = throw "evaluated to read its priority"; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkForce 1;
}
