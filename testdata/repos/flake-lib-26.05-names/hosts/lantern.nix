{ lib, ... }: {
  networking.hostName = "lantern";
  services.nginx.enable = true;
  containers.web_cache = {
    privateNetwork = true;
    hostAddress = "10.61.0.1";
    localAddress = "10.61.0.2";
    config.networking.firewall.allowedTCPPorts = lib.concatAttrValues { http = [ 80 ]; https = [ 443 ]; };
  };
}
