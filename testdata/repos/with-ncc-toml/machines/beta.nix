{ ... }:
{
  imports = [ ../lib/common.nix ];
  containers.cache = {
    autoStart = true;
    hostAddress = "10.4.0.1";
    config = { ... }: { services.redis.servers."".enable = true; };
  };
}
