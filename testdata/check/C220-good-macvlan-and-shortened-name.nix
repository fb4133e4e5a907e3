# Two more ways out: a container on a macvlan of the host's uplink (its traffic leaves by
# the macvlan; NAT is kept for the host-only extra veth, on purpose), and a container whose
# long name systemd-nspawn shortens to ve-monitori9BMH, which is the name the NAT rule
# must match (the long name is only an alternative name, which packet filters ignore).
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-monitori9BMH" ];
    externalInterface = "eth0";
  };
  containers.torrent = {
    privateNetwork = true;
    macvlans = [ "eth0" ];
    extraVeths.ve-torrent = { hostAddress = "10.231.140.1"; localAddress = "10.231.140.2"; };
    config = { };
  };
  containers.monitoring-agent = {
    privateNetwork = true;
    hostAddress = "10.231.141.1";
    localAddress = "10.231.141.2";
    config = { };
  };
}
