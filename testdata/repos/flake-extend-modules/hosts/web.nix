{ site, ... }:
{
  networking.hostName = "web";
  services.nginx.virtualHosts.${site}.locations."/".proxyPass = "http://10.20.0.2:8080";
  # The container is declared by the module the flake adds next to this one.
  systemd.services."container@db".after = [ "network-online.target" ];
}
