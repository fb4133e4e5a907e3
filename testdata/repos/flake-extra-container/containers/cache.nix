{ config, ... }:
{
  services.nix-serve = {
    enable = true;
    port = 5000;
  };
  networking.firewall.allowedTCPPorts = [ config.services.nix-serve.port ];
}
