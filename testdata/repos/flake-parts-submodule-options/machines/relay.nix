{
  networking.hostName = "relay";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
}
