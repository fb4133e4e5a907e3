{ config, lib, pkgs, ... }:
let
  cfg = config.my.tunnel;
in
{
  options.my.tunnel = {
    enable = lib.mkEnableOption "the tunnel network";
    bridge = lib.mkOption {
      type = lib.types.str;
      description = "Name of the bridge the tunnel's container sits on.";
    };
    address = lib.mkOption {
      type = lib.types.str;
      description = "Address of the tunnel's container.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.tunnel-bridge = {
      wantedBy = [ "container@tunnel.service" ];
      path = [ pkgs.iproute2 ];
      script = ''
        ip link show ${cfg.bridge} || ip link add ${cfg.bridge} type bridge
      '';
    };
    containers.tunnel = {
      autoStart = true;
      privateNetwork = true;
      hostBridge = cfg.bridge;
      localAddress = "${cfg.address}/24";
      config = { ... }: {
        system.stateVersion = "25.11";
        services.openssh.enable = true;
      };
    };
  };
}
