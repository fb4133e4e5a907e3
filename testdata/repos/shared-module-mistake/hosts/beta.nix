{
  networking.hostName = "beta";
  system.stateVersion = "25.05";
  containers.cache_01 = {
    config = { ... }: { services.redis.servers.main.enable = true; };
  };
}
