# a submodule's own module is a root of the submodule's evaluation, called with every
# argument nixpkgs passes (`config`, `options`, `specialArgs`, `name`...): a function
# without `...` that does not ask for one of them fails when the submodule is evaluated
{ lib, ... }:
{
  options.sites = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ name, lib, options, specialArgs, _class, _prefix }: {
      options.root = lib.mkOption { type = lib.types.str; default = "/srv/${name}"; };
    }));
    default = { };
  };
  config.sites.web = { };
}
