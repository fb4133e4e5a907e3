{ ... }:
{
  system.stateVersion = "24.11";
  containers.ci = {
    autoStart = true;
    config = { ... }: { services.openssh.enable = true; };
  };
  containers.cache_server = {
    config = { ... }: { };
  };
}
