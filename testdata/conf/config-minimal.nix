# A container given by its own NixOS `config`: NixOS writes the toplevel's store path
# as SYSTEM_PATH, which ncc leaves out (the capture removes that line; see README.md).
{ lib, ... }:
{
  system.stateVersion = "24.05";
  containers.app = {
    config = { config, pkgs, ... }: {
      services.openssh.enable = true;
      networking.firewall.allowedTCPPorts = [ 22 ];
    };
  };
}
