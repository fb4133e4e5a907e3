# The open world hides nothing ncc checks: a real host with one mistake of each kind in
# its containers, among hundreds of options ncc does not model.
{ config, lib, pkgs, modulesPath, ... }:
{
  imports = [ (modulesPath + "/installer/scan/not-detected.nix") ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "mistakes";
  networking.useDHCP = lib.mkDefault true;
  services.nginx.enable = true;
  services.nginx.virtualHosts."example.org".root = "/srv/www";
  environment.systemPackages = with pkgs; [ htop ];

  containers.typo = {
    privateNetwrk = true;
    config = { };
  };

  containers.wrongtype = {
    autoStart = "yes";
    config = { };
  };

  containers.address = {
    privateNetwork = true;
    hostAddress = "10.0.0.300";
    localAddress = "10.0.0.2";
    config = { };
  };

  containers.relative = {
    bindMounts."data" = { hostPath = "/srv/data"; };
    config = { };
  };

  containers.injected = {
    privateNetwork = true;
    hostBridge = "br0\nExtra=1";
    config = { };
  };

  containers.unknown = {
    privateNetwork = true;
    hostAddress = config.services.gateway.address;
    localAddress = "10.0.9.2";
    config = { };
  };

  system.stateVersion = "25.05";
}
