# types.functionTo: several definitions merge their results
{ config, lib, ... }:
{
  imports = [ { f = x: [ x ]; } ];
  options.f = lib.mkOption { type = lib.types.functionTo (lib.types.listOf lib.types.str); };
  options.r = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.f = x: [ "${x}!" ];
  config.r = config.f "a";
}
