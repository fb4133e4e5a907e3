# A hive written as a function, which colmena calls with `{ }`: its one machine is
# checked, and the relative source of its container's bind mount is reported.
{ site ? "lab", ... }:
{
  meta.nixpkgs = <nixpkgs>;
  defaults = { name, ... }: {
    deployment.targetHost = "${name}.${site}.example.org";
    system.stateVersion = "25.11";
  };
  storage = {
    containers.backup = {
      autoStart = true;
      bindMounts."/srv/backup" = {
        hostPath = "srv/backup";
        isReadOnly = false;
      };
      config.system.stateVersion = "25.11";
    };
  };
}
