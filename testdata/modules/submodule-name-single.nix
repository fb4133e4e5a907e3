# a plain submodule (not in attrsOf): `name` is the option's last component
{ lib, ... }:
{
  options.group.single = lib.mkOption {
    type = lib.types.submodule ({ name, ... }: {
      options.n = lib.mkOption { type = lib.types.str; default = name; };
    });
    default = { };
  };
}
