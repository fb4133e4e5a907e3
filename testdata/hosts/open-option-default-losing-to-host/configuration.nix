# A host partitioned by a module of a channel it fetches (not evaluated by ncc, which
# declares `disko.devices`) and a disk template of its own that names the disk only by a
# default that fails (`device = mkDefault (throw "...")`), as templates meant for several
# machines do; the host sets the device. NixOS merges the device by priority and never
# forces the losing default. ncc, asking whether the definitions were sets of options
# before choosing by priority, forced each one, and the template's throw was a false
# error (N201) on the host. The container is given the disk read-only by that device.
{ config, lib, ... }:
let
  disk = config.disko.devices.disk.main;
in
{
  imports = [
    (builtins.fetchTarball "https://example.org/disko/archive/v1.tar.gz" + "/module.nix")
    ./hardware-configuration.nix
    ./disk-template.nix
  ];

  system.stateVersion = "25.05";
  networking.hostName = "cellar";

  disko.devices.disk.main.device = "/dev/vda";

  containers.smart = {
    autoStart = true;
    allowedDevices = [ { node = disk.device; modifier = "r"; } ];
    bindMounts.${disk.device} = { hostPath = disk.device; isReadOnly = true; };
    config = { ... }: {
      system.stateVersion = "25.05";
    };
  };

  assertions = [
    {
      assertion = lib.hasPrefix "/dev/vd" disk.device;
      message = "cellar runs on a virtio disk";
    }
  ];
}
