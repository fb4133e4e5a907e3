{ config, lib, ... }:
let
  plan = import ./addresses.nix;
in
{
  deployment.targetHost = plan.machines.router.ip;
  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  services.dnsmasq.settings.dhcp-range = [ "${plan.at 100},${plan.at 200}" ];
  networking.bridges.br0.interfaces = [ "enp3s0" ];
  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "10.77.1.20/24";
    config = { system.stateVersion = "24.11"; };
  };
}
