{ container, ... }:
{
  containers.watch = container.addresses 10 // {
    autoStart = true;
    bindMounts = container.attachMedia "movies" // container.attachMedia "shows";
    config = { ... }: {
      services.jellyfin.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
