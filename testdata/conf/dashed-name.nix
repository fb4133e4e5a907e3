# A container name with a dash, on the default private network route with ports.
{
  system.stateVersion = "24.11";
  containers.my-web = {
    path = "/nix/var/nix/profiles/per-container/my-web";
    privateNetwork = true;
    hostAddress = "172.16.0.1";
    localAddress = "172.16.0.2";
    forwardPorts = [ { protocol = "tcp"; hostPort = 8443; containerPort = 443; } ];
    autoStart = true;
  };
}
