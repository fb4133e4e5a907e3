# autoStart: AUTO_START=1 (and, in the unit, device dependencies on the interface).
{
  system.stateVersion = "25.11";
  containers.boot = {
    path = "/nix/var/nix/profiles/per-container/boot";
    autoStart = true;
    interfaces = [ "eth3" ];
  };
}
