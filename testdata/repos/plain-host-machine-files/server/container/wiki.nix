{ config, pkgs, ... }:
{
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.254.1";
    localAddress = "192.168.254.2";
    allowedDevices = [ { modifier = "r"; node = "/dev/urandom"; } ];
    bindMounts."/var/lib/wiki" = { hostPath = "/srv/wiki"; isReadonly = false; };
    config = { services.dokuwiki.sites.wiki.enable = true; };
  };
}
