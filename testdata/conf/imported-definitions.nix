# One container defined by the host and by a module it imports: list options gather
# the definitions of both modules, and the bind mounts of both are merged by name.
{ lib, ... }:
{
  imports = [
    {
      containers.layered = {
        macvlans = [ "eno2" ];
        bindMounts."/srv/imported" = { };
        extraFlags = [ "--from-import" ];
      };
    }
  ];
  system.stateVersion = "25.11";
  containers.layered = {
    path = "/nix/var/nix/profiles/per-container/layered";
    macvlans = [ "eno1" ];
    bindMounts."/srv/host" = { isReadOnly = false; };
    extraFlags = [ "--from-host" ];
  };
}
