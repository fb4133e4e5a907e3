# A machine installed over another system with nixos-in-place, which wrote
# nixos-in-place.nix beside its configuration.nix in /etc/nixos, as nixos-generate-config
# wrote hardware-configuration.nix: neither is in the repository; on the machine NixOS
# reads both. The container is checked all the same.
{ ... }:
{
  imports = [
    ./hardware-configuration.nix
    ./nixos-in-place.nix
  ];

  networking.hostName = "beta";
  system.stateVersion = "24.11";

  containers.cloud = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.6.1";
    localAddress = "10.231.6.2";
    bindMounts."/var/lib/nextcloud" = { hostPath = "/srv/nextcloud"; isReadOnly = false; };
    config = { services.nginx.enable = true; };
  };
}
