{ lib, ... }:
{
  networking.firewall.enable = lib.mkDefault true;
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "ens3"; };
}
