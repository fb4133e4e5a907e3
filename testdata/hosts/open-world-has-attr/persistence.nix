{ config, lib, ... }:
with lib;
{
  fileSystems."/persistent" = {
    device = "/dev/disk/by-label/persist";
    fsType = "btrfs";
  };
  assertions = [
    {
      assertion = hasAttr "/" config.fileSystems;
      message = "persistence needs a root file system";
    }
    {
      assertion =
        if hasAttr "/" config.fileSystems then config.fileSystems."/".fsType == "btrfs" else false;
      message = "the root file system must be btrfs";
    }
  ];
}
