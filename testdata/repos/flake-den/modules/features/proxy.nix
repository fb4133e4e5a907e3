{ den, ... }:
{
  den.aspects.proxy = {
    includes = [ den.aspects.base ];
    nixos = {
      containers.proxy = {
        autoStart = true;
        privateNetwork = true;
        hostAddress = "10.90.0.1";
        localAddress = "10.90.0.2";
        forwardPorts = [ { hostPort = 8443; containerPort = 443; protocl = "tcp"; } ];
        config.services.nginx.enable = true;
        config.networking.firewall.allowedTCPPorts = [ 443 ];
      };
    };
  };
}
