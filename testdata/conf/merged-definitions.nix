# The container assembled from several definitions with the module system: mkMerge,
# mkDefault and mkForce, and list options defined more than once (a submodule sees its
# definitions in reverse order, so the second mkMerge item's interfaces come first).
{ lib, ... }:
let
  base = {
    path = lib.mkDefault "/nix/var/nix/profiles/per-container/merged";
    privateNetwork = true;
    interfaces = [ "eth1" ];
    extraFlags = [ "--first" ];
  };
in
{
  system.stateVersion = "24.05";
  containers.merged = lib.mkMerge [
    base
    {
      interfaces = [ "eth2" ];
      extraFlags = [ "--second" ];
      privateNetwork = lib.mkForce false;
      copyResolvConf = lib.mkDefault false;
      autoStart = lib.mkIf true true;
      privateUsers = lib.mkIf false "pick";
    }
  ];
}
