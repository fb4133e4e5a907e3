# The host named `default` (a leading underscore keeps `default.nix` a file of its own).
{ outputs, ... }:
{
  system = "aarch64-linux";
  modules = [
    outputs.nixosModules.tunnel
    {
      site.tunnel.port = 51821;
      boot.loader.grub.enable = false;
      fileSystems."/".device = "/dev/mmcblk0p2";
      system.stateVersion = "25.11";
    }
  ];
}
