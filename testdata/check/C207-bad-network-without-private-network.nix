# Addresses and forwarded ports without privateNetwork: NixOS drops them silently.
{
  containers.web = {
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    restartIfChanged = true;
    extraVeths.vx-web = {
      hostAddress = "10.232.0.1";
      localAddress = "10.232.0.2";
      localMacAddress = "02:00:00:00:00:01";
    };
    config = { };
  };
}
