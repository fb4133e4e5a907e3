# The site's addresses and ports, shared by the host's modules through `pkgs.site`.
{ lib, ... }:
{
  nixpkgs.overlays = lib.mkBefore [
    (final: prev: {
      site = {
        addresses = {
          host = "10.231.1.1";
          web = "10.231.1.10";
          db = "10.231.1.11";
        };
        ports.http = 80;
      };
    })
  ];
}
