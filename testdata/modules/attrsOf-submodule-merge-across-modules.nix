# attrsOf submodule: one key defined in several modules merges
{ lib, ... }:
{
  imports = [
    { hosts.a.port = 1; }
    { hosts.b.port = 2; }
    { hosts.a.tags = [ "x" ]; }
  ];
  options.hosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.port = lib.mkOption { type = lib.types.port; default = 0; };
      options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    });
  };
  config.hosts.a.tags = [ "y" ];
}
