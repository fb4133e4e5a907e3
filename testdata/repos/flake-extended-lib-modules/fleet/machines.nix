{ lib, ... }:
{
  machines.gateway = ../hosts/gateway.nix;
  machines.archive = { ... }: {
    imports = [ ../hosts/archive.nix ];
    containers.web = lib.site.webContainer "10.60.0.3";
  };
}
