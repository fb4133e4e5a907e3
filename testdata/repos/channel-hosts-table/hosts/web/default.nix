l:
{ config, pkgs, ... }:
{
  networking.hostName = "web";
  containers.proxy = l.mkContainer 2 ({ ... }: {
    services.nginx.enable = true;
    services.nginx.virtualHosts.${l.domain}.root = "/srv/www";
    system.stateVersion = "21.05";
  });
  containers.app = l.mkContainer 3 ({ ... }: { system.stateVersion = "21.05"; }) // {
    autoStrat = false;
  };
  system.stateVersion = "21.05";
}
