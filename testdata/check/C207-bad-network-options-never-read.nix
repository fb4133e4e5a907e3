# Network options NixOS never reads, with values that would fail were they read: a
# container without `privateNetwork` writes `hostBridge`, `forwardPorts` and
# `localMacAddress` to no file, and an `extraVeths` entry's `forwardPorts` and
# `localMacAddress` are read by no script. The host builds (each is ignored, as C207
# says); with `privateNetwork = true` each would be an error.
{
  containers.proxy = {
    autoStart = true;
    hostBridge = [ "br0" ];
    forwardPorts = [
      { containerPort = 80; }
      { hostPort = 8443; containerPort = 84430; }
    ];
    localMacAddress = "02:00:00:00:01";
    config = { };
  };

  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    extraVeths.vr-relay = {
      hostAddress = "10.81.0.1";
      localAddress = "10.81.0.2";
      forwardPorts = [ { containerPort = 53; protocol = "udp"; } ];
    };
    config = { };
  };
}
