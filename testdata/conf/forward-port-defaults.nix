# One forwarded port with every default: protocol tcp, containerPort = hostPort.
{
  system.stateVersion = "24.05";
  containers.fwd = {
    path = "/nix/var/nix/profiles/per-container/fwd";
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    forwardPorts = [ { hostPort = 8080; } ];
  };
}
