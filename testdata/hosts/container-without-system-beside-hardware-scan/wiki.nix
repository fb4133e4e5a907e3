# The wiki's container; its configuration moved to ./wiki-config.nix, which is not
# imported here any more.
{ ... }:
{
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    bindMounts."/var/lib/mediawiki" = {
      hostPath = "/srv/wiki";
      isReadOnly = false;
    };
  };
}
