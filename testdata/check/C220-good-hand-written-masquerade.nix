# NAT is on but names the containers' interfaces with iptables' wrong wildcard; the host's
# own rule masquerades everything leaving eth0, so the containers' traffic does leave.
{ config, ... }:
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-*" ];
    externalInterface = "eth0";
    extraCommands = ''
      iptables -t nat -A nixos-nat-post -o ${config.networking.nat.externalInterface} -j MASQUERADE
    '';
  };
  containers.vault = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
