# an imported module function without `...` is called with every argument nixpkgs
# passes (lib, config, options, specialArgs, _class, _prefix and the special
# arguments), not only with those it asks for: one it does not ask for is an error
{ lib, ... }:
{
  imports = [
    ({ lib, config, options, pkgs, specialValue, _class, _prefix }: {
      options.a = lib.mkOption { type = lib.types.int; default = 1; };
    })
  ];
}
