# A machine from before the flake: no host of the flake reaches it, and it imports files
# that are no longer in the repository. Checked on its own, that is a note, not an error.
{ config, lib, ... }:
{
  imports = [ ./hardware-configuration.nix ../common.nix ];
  networking.hostName = "laptop";
  system.stateVersion = "21.11";
}
