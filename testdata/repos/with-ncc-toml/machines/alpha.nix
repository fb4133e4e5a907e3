{ ... }:
{
  imports = [ ../lib/common.nix ];
  containers.monitoring-stack = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.3.0.1";
    localAddress = "10.3.0.2";
    config = { ... }: { services.prometheus.enable = true; };
  };
}
