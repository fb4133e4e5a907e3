# One disk, one GPT, one ext4 root; each machine names the disk itself.
{ lib, ... }:
{
  disko.devices.disk.main = {
    type = "disk";
    device = lib.mkDefault (throw "set disko.devices.disk.main.device on the machine");
    content = {
      type = "gpt";
      partitions.root = {
        size = "100%";
        content = { type = "filesystem"; format = "ext4"; mountpoint = "/"; };
      };
    };
  };
}
