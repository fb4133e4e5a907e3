# Containers auto-imported from a directory: every file of ./containers is a module,
# found with builtins.readDir (a pattern of real hosts), and a mistake in one of them
# is reported in that file.
{ config, lib, ... }:
let
  dir = ./containers;
  modules = lib.mapAttrsToList (name: _: dir + "/${name}")
    (lib.filterAttrs (name: kind: kind == "regular" && lib.hasSuffix ".nix" name)
      (builtins.readDir dir));
in
{
  imports = modules;
  system.stateVersion = "24.05";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eth0"; };
}
