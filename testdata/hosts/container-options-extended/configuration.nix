# A host whose own module adds options to every container, as extra-container's
# `containers.<name>.extra.addressPrefix` does: `options.containers` declared again with
# a submodule of its own, which NixOS merges with nixos-containers.nix's. The host's
# module is collected before NixOS's, so its declaration comes first; the containers are
# still NixOS's, checked and written as such.
{ config, lib, pkgs, ... }:
{
  imports = [ ./lab-network.nix ];

  system.stateVersion = "25.05";
  networking.hostName = "lab";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp3s0";
  };

  containers.wiki = {
    lab.subnet = "10.250.1";
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { pkgs, ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.05";
    };
  };

  containers.scratch = {
    lab.subnet = "10.250.2";
    lab.persist = false;
    ephemeral = true;
    config = { system.stateVersion = "25.05"; };
  };
}
