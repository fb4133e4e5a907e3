# nix-darwin's configuration: not a NixOS host, which ncc does not check.
{ ... }:
{
  containers = "not NixOS";
  system.stateVersion = 6;
}
