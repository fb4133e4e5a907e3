{ inputs, ... }:
let
  ipv6 = inputs.nixpkgs-network-lib.lib.network.ipv6;
  subnet = ipv6.fromString "fd42:17::/64";
  host = ipv6.nextAddress subnet;
in
{
  networking.hostName = "relay";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  system.stateVersion = "25.11";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress6 = host.address;
    localAddress6 = (ipv6.nextAddress host).address;
    config.services.nginx.enable = true;
  };
}
