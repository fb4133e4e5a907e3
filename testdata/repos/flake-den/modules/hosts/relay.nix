{ den, site, ... }:
{
  den.hosts.x86_64-linux.relay = { };

  den.aspects.relay = {
    includes = [ den.aspects.proxy site.monitor ];
    nixos = {
      networking.hostId = "8a1c2d3e";
      networking.firewall.allowedTCPPorts = [ 8443 ];
    };
  };
}
