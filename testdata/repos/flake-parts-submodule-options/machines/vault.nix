{
  networking.hostName = "vault";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
}
