# A host of a fleet whose machines may keep state on /persist with a module taken from
# a pinned source, which ncc does not evaluate; this one leaves it at its default, so
# whether `keep.enable` is on is unknown. The fleet's fixups for it, two units behind
# `mkIf config.keep.enable`, make the names of `systemd.services` unknown (NixOS drops
# a unit whose condition is false), but no definition there is a container's unit: the
# container's files are written, with no finding (before: an N301 naming `keep`).
{ config, lib, pkgs, ... }:
let
  pins = import ./pins.nix;
in
{
  imports = [
    "${pins.keep}/module.nix"
    ./keep-fixups.nix
  ];

  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp3s0";
  };

  containers.notes = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.05";
    };
  };
}
