# Everything that reaches the .conf at once (except hostBridge, see
# private-network-bridge), on a 22.11 host.
{
  system.stateVersion = "22.11";
  containers.sink = {
    path = "/nix/store/abcdabcdabcdabcdabcdabcdabcdabcd-nixos-system-sink-22.11";
    copyResolvConf = false;
    privateNetwork = true;
    forwardPorts = [
      { hostPort = 80; containerPort = 8080; }
      { protocol = "udp"; hostPort = 53; }
    ];
    hostAddress = "10.0.42.1";
    hostAddress6 = "fd42::1";
    localAddress = "10.0.42.2";
    localAddress6 = "fd42::2";
    localMacAddress = "0a:1b:2c:3d:4e:5f";
    privateUsers = 524288;
    interfaces = [ "eth5" ];
    macvlans = [ "eno1" "eno2" ];
    autoStart = true;
    bindMounts = {
      "/var/www" = { hostPath = "/srv/www"; };
      "/var/cache" = { isReadOnly = false; };
    };
    extraFlags = [ "--resolv-conf=off" "--timezone=off" ];
  };
}
