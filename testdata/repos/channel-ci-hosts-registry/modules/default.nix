# The registry every machine imports: one entry per machine, with who owns it and
# whether CI builds it.
{ lib, ... }:
{
  imports = [ ./hosts.nix ];
  options.fleet.hosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.owner = lib.mkOption { type = lib.types.str; };
      options.ci = lib.mkOption { type = lib.types.bool; default = false; };
    });
    default = { };
  };
}
