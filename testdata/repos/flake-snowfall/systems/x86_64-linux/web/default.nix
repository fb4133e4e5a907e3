{ lib, namespace, ... }:
{
  lab.wiki = {
    enable = true;
    port = "8080";
  };
  snowfallorg.users.alice.admin = true;
  sops.defaultSopsFile = ./secrets.yaml;
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
