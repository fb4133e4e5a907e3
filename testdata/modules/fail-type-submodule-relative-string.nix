# A relative string is no module: types.submodule's check (`path.check`) wants an
# absolute one.
{ lib, ... }:
{
  options.machine = lib.mkOption {
    type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.int; default = 1; }; };
  };
  config.machine = "profiles/server.nix";
}
