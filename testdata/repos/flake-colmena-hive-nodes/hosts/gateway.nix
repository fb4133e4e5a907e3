{ name, ... }:
{
  deployment.targetHost = "${name}.lan";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.proxy = {
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    forwardPorts = [ { protocol = "tcp"; hostPort = 443; containerPort = 443; } ];
    config = { ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
