{ ... }:
{
  system.stateVersion = "24.11";
  containers.restic = {
    autoStart = true;
    config = { ... }: { services.restic.server.enable = true; };
  };
}
