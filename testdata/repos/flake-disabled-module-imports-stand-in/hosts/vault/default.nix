{ config, ... }:
{
  imports = [ ../common ];

  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  networking.hostName = "vault";

  sops.secrets.vaultwarden-env = { };

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-vaultwarden" ];
    externalInterface = "enp1s0";
  };

  containers.vaultwarden = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    bindMounts."/run/secrets/vaultwarden-env".hostPath = config.sops.secrets.vaultwarden-env.path;
    config = {
      services.vaultwarden = {
        enable = true;
        environmentFile = "/run/secrets/vaultwarden-env";
      };
      networking.firewall.allowedTCPPorts = [ 8222 ];
      system.stateVersion = "25.11";
    };
  };
}
