{ flake, hostName, ... }:
{
  imports = [ flake.modules.nixos.relay ];

  system.stateVersion = "25.05";
  networking.hostName = hostName;
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  relay.port = 70000;
}
