# With nftables on, NAT names the containers' interfaces with iptables' wildcard (`ve-+`,
# which nftables reads literally), but a table of the host's own masquerades everything
# leaving the external interface: the containers' traffic does leave.
{ config, ... }:
{
  networking.nftables = {
    enable = true;
    tables.outbound = {
      family = "ip";
      content = ''
        chain postrouting {
          type nat hook postrouting priority srcnat; policy accept;
          oifname "${config.networking.nat.externalInterface}" masquerade
        }
      '';
    };
  };
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };
  containers.feeds = {
    privateNetwork = true;
    hostAddress = "10.231.140.1";
    localAddress = "10.231.140.2";
    config = { };
  };
}
