# an imported file may be a module function (lib/greeting.nix)
{ lib, ... }:
{
  imports = [
    ./lib/greeting.nix
    { options.who = lib.mkOption { type = lib.types.str; }; }
  ];
  config.who = "world";
}
