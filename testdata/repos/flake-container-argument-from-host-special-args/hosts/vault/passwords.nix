{ config, pkgs, ... }:
{
  containers.passwords = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    bindMounts."/run/secrets/vaultwarden.env".hostPath = "/run/secrets/vaultwarden.env";
    config = { inputs, ... }: {
      imports = [ inputs.sops-nix.nixosModules.sops ];
      services.vaultwarden = {
        enable = true;
        environmentFile = "/run/secrets/vaultwarden.env";
      };
      networking.firewall.allowedTCPPorts = [ 8222 ];
      system.stateVersion = "24.11";
    };
  };
}
