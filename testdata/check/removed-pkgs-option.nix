# containers.<name>.pkgs was removed from NixOS: defining it is an error, as in NixOS.
{ pkgs, ... }:
{
  containers.web = {
    pkgs = pkgs;
    config = { };
  };
}
