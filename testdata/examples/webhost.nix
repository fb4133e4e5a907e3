# A small web host: an nginx container on a private network with a forwarded port,
# and a database container whose data lives on the host.
{ config, lib, pkgs, ... }:
let
  subnet = "10.233.1";
  mkPrivate = n: {
    privateNetwork = true;
    hostAddress = "${subnet}.${toString (2 * n - 1)}";
    localAddress = "${subnet}.${toString (2 * n)}";
  };
in
{
  system.stateVersion = "24.05";
  containers.web = mkPrivate 1 // {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } { protocol = "udp"; hostPort = 5353; } ];
    bindMounts."/var/www" = { hostPath = "/srv/www"; };
    config = { pkgs, ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
      networking.firewall.allowedUDPPorts = [ 5353 ];
      environment.systemPackages = [ pkgs.htop ];
    };
  };
  containers.db = mkPrivate 2 // {
    autoStart = true;
    timeoutStartSec = "3min";
    bindMounts."/var/lib/postgresql" = { hostPath = "/srv/pg"; isReadOnly = false; };
    config = { services.postgresql.enable = true; };
  };
}
