# `interfaces` defined in two modules, a bad name in each: each finding points at the
# definition that holds its name.
{
  imports = [
    { containers.edge.interfaces = [ "uplink-to-the-core-switch" ]; }
  ];
  containers.edge = {
    privateNetwork = true;
    interfaces = [ "eth1" "wan/0" ];
    macvlans = [ "lan:mv-lan" ];
    config = { };
  };
}
