{ name, domain, ... }:
{
  deployment.targetHost = "${name}.${domain}";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.5.0.1";
    localAddress = "10.5.0.2";
    forwardPorts = [
      { hostPort = 443; containerPort = 443; }
      { hostPort = 443; containerPort = 8443; }
    ];
    config = { ... }: { services.caddy.enable = true; };
  };
}
