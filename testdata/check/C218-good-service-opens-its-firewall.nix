# The forwarded port is opened by a service ncc does not model (`openFirewall` of a
# NixOS service module opens the service's port): ncc cannot tell which port, so C218
# does not claim the firewall blocks it.
{
  containers.photos = {
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
    forwardPorts = [ { hostPort = 2283; containerPort = 2283; } ];
    config = {
      services.immich = {
        enable = true;
        host = "0.0.0.0";
        port = 2283;
        openFirewall = true;
      };
      system.stateVersion = "25.05";
    };
  };
}
