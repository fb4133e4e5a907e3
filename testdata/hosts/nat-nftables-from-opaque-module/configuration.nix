# A host whose firewall settings come from a shared module fetched from elsewhere, which
# turns nftables on: the NAT below names the app containers' interfaces with nftables'
# wildcard, `ve-app*`. ncc does not evaluate that module, so it cannot say whether
# nftables is on, and `ve-app*` matches ve-app-web only with nftables: no finding for it.
# The cache's interface matches no pattern with either packet filter: the one finding.
{ config, lib, pkgs, ... }:
let
  shared = builtins.fetchTarball "https://example.org/shared-modules/archive/main.tar.gz";
in
{
  imports = [ "${shared}/hardening.nix" ];

  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda2";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-app*" "wg0" ];
    externalInterface = "eno1";
  };

  containers.app-web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.05";
    };
  };

  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.1.1";
    localAddress = "10.70.1.2";
    config = { ... }: {
      services.redis.servers.main.enable = true;
      system.stateVersion = "25.05";
    };
  };
}
