{ options, lib, ... }:
{
  config = lib.mkMerge [
    { networking.firewall.allowedTCPPorts = [ 8080 ]; }
    # Only hosts that import the cache module declare `site.cache`.
    (lib.optionalAttrs (options ? site.cache) {
      site.cache.entries = [ "web" ];
    })
  ];
}
