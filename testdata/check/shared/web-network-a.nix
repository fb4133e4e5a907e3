# Not a case of its own: imported by conflict-across-three-files.nix.
{
  containers.web.hostAddress = "10.231.136.1";
}
