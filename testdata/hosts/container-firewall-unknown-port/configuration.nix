# A module shared by containers opens a port read from a service's option whose default
# NixOS gives (not ncc): unknown, which decides nothing unless that protocol is forwarded.
{ config, lib, pkgs, ... }:
let
  # A module every container imports: it opens the VPN's port, read from the
  # service's own option, whose default comes from NixOS (not modelled by ncc).
  vpnClient = { config, ... }: {
    services.tailscale.enable = true;
    networking.firewall.allowedUDPPorts = [ config.services.tailscale.port ];
  };
in
{
  networking.hostName = "lab";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };

  # No port forwarded: the container's firewall decides nothing ncc checks.
  containers.notes = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    config = { ... }: {
      imports = [ vpnClient ];
      services.trilium-server.enable = true;
      system.stateVersion = "25.05";
    };
  };

  # A forwarded port whose opening ncc cannot read: one warning, and no claim that
  # the firewall blocks it.
  containers.git = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.1.1";
    localAddress = "10.20.1.2";
    forwardPorts = [ { hostPort = 3000; containerPort = 3000; } ];
    config = { config, ... }: {
      imports = [ vpnClient ];
      services.forgejo.enable = true;
      networking.firewall.allowedTCPPorts = [ config.services.forgejo.settings.server.HTTP_PORT ];
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
