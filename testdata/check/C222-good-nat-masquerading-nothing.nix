# NAT on, with no internal interface or address for NixOS to masquerade: the host
# translates with rules of its own (extraCommands), and NixOS's masquerading rules, one
# per internal interface and internal address, are not written, with or without an
# uplink.
{
  networking.nat = {
    enable = true;
    extraCommands = ''
      iptables -t nat -I POSTROUTING -s 10.42.0.0/16 -j MASQUERADE
    '';
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
