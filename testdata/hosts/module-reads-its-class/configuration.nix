# A host whose shared modules are written for NixOS and nix-darwin alike: each asks
# for `_class`, which nixpkgs' module system passes every module (`"nixos"` for a
# NixOS host and for a container's own configuration), and chooses its settings by
# it. A container's configuration reads `_prefix` to name itself.
{ config, lib, pkgs, ... }:
{
  imports = [
    ./shared/tools.nix
    ./shared/nix.nix
  ];

  networking.hostName = "quay";
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/root"; fsType = "ext4"; };
  environment.systemPackages = with pkgs; [ git ];

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };

  containers.ledger = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { _class, _prefix, lib, ... }: {
      imports = [ ./shared/nix.nix ];
      networking.hostName = lib.last _prefix;
      environment.etc."evaluated-as".text = _class;
      system.stateVersion = "25.11";
    };
  };
}
