# Not a machine: the matcher takes default.nix alone, and beta imports this itself.
{
  fileSystems."/".device = "/dev/nvme0n1p2";
}
