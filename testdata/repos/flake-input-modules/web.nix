{ port }:
{ pkgs, ... }:
let
  inherit (pkgs) stdenv;
in {
  environment.systemPackages = [ stdenv.cc ];
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.240.0.1";
    localAddress = "10.240.0.2";
    forwardPorts = [ { hostPort = port; containerPort = 80; } ];
    bindMounts."/srv/www" = { hostPath = "/srv/www"; mountPoint = "srv/www"; };
    config = { networking.firewall.allowedTCPPorts = [ 80 ]; system.stateVersion = "25.11"; };
  };
}
