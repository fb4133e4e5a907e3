# A channel-era host kept in a repository that each machine checks out beside its own
# generated files: `hardware-configuration.nix` and `local/` are in the repository's
# .gitignore, so the clone lacks them while NixOS on the machine reads them. They are
# unknown modules (listed as not evaluated), never "No such file or directory"; the rest
# of the host, its container included, is checked (the typo below is reported).
{ config, pkgs, ... }:
{
  imports = [
    ../hardware-configuration.nix
    ../local/network.nix
    ./container/wiki.nix
  ];
  system.stateVersion = "23.05";
  networking.hostName = "server";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "ens3";
  };
}
