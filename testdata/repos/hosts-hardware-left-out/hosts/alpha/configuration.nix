# A host kept as its machine's /etc/nixos is (linked there, or copied): the
# hardware-configuration.nix that nixos-generate-config wrote on the machine is not in the
# repository, and not ignored either; on the machine NixOS reads it. The container's
# forwarded port is checked all the same.
{ config, pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  networking.hostName = "alpha";
  system.stateVersion = "24.11";

  containers.git = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.5.1";
    localAddress = "10.231.5.2";
    forwardPorts = [ { hostPort = 2222; containerPort = 22; protocol = "sctp"; } ];
    config = { services.openssh.enable = true; };
  };
}
