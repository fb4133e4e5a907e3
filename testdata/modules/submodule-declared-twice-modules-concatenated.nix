# an attrsOf submodule option declared twice: the submodules' modules are concatenated,
# so the second may define a sub-option only the first declares
{ lib, ... }:
{
  imports = [
    {
      options.users = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule {
          options.uid = lib.mkOption { type = lib.types.nullOr lib.types.int; default = null; };
          options.shell = lib.mkOption { type = lib.types.str; default = "/bin/bash"; };
        });
      };
    }
    {
      options.users = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          options.home = lib.mkOption { type = lib.types.str; default = "/home/${name}"; };
          config.uid = lib.mkIf (name == "alice") (lib.mkDefault 1001);
        }));
      };
    }
  ];
  config.users.alice.shell = "/bin/sh";
  config.users.bob = { };
}
