{
  containers.web = {
    interfaces = [ "enp0s31f6" ];
    macvlans = [ "eno1" ];
    extraVeths.vx-web = { hostAddress = "10.232.0.1"; localAddress = "10.232.0.2"; };
    extraVeths.vs-web = { hostBridge = "br-storage"; };
    config = { };
  };
  # systemd-nspawn takes HOST:CONTAINER pairs: the interface gets the second name inside.
  containers.router = {
    privateNetwork = true;
    interfaces = [ "enp3s0:wan" ];
    macvlans = [ "lan:mv-lan" "eno2:" ];
    config = { };
  };
}
