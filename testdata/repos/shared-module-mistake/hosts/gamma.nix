{ lib, ... }:
{
  imports = [ ./beta.nix ];
  networking.hostName = lib.mkForce "gamma";
}
