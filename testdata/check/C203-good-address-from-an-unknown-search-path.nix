# Addresses and an interface name read from a file on a search path ncc does not read
# (`<netdata/...>`, a checkout of the network's data on the deploying machine's NIX_PATH):
# what they are, ncc cannot know, so the address and interface-name rules stay silent
# rather than judge the stand-in's text.
let
  net = import <netdata/net.nix> { };
in
{
  containers.web = {
    privateNetwork = true;
    hostAddress = net.web.gateway;
    localAddress = "${net.web.ip}";
    extraVeths."${net.web.iface}" = { hostAddress = "10.250.0.1"; localAddress = "10.250.0.2"; };
    config = { system.stateVersion = "25.11"; };
  };
  system.stateVersion = "25.11";
}
