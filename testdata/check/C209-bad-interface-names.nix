# Interface names Linux and systemd-nspawn refuse: too long, reserved, with a colon.
{
  containers.web = {
    interfaces = [ "enp0s31f6-uplink" ];
    macvlans = [ "all" ];
    extraVeths."vx:web" = { hostAddress = "10.232.0.1"; localAddress = "10.232.0.2"; };
    extraVeths.web-storage-network = { hostBridge = "br-storage"; };
    config = { };
  };
}
