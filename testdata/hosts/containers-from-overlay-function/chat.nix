{ ... }:
{
  services.matrix-conduit.enable = true;
  networking.firewall.allowedTCPPorts = [ 6167 ];
}
