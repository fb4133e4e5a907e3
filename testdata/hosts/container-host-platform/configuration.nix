# An ARM board: the platform comes from the generated hardware file, and NixOS builds
# every container for the host's platform (nixos-containers.nix defines the container's
# `nixpkgs.hostPlatform` as the host's `pkgs.stdenv.hostPlatform`), so what a container
# decides by its platform is known. The mirror's port, picked for ARM, is no port.
{ config, lib, pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  networking.hostName = "pi";
  system.stateVersion = "24.05";

  containers.mirror = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.7.1";
    localAddress = "10.231.7.2";
    config = { config, lib, pkgs, ... }: {
      environment.systemPackages = lib.optionals pkgs.stdenv.hostPlatform.isAarch64 [ pkgs.raspberrypi-eeprom ];
      networking.firewall.allowedTCPPorts = [ (if pkgs.stdenv.hostPlatform.isAarch64 then 80800 else 8080) ];
      system.stateVersion = "24.05";
    };
  };

  containers.cache = {
    config = { config, ... }: {
      networking.hostName = "cache-${builtins.head (lib.splitString "-" config.nixpkgs.hostPlatform.system)}";
      system.stateVersion = "24.05";
    };
  };
}
