{ pkgs, ... }:
{
  services.nginx = {
    enable = true;
    virtualHosts."wiki.internal".root = "/var/lib/wiki";
  };
  networking.firewall.allowedTCPPorts = [ 80 ];
  system.stateVersion = "25.11";
}
