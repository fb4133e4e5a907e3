# a module evaluated as a root (the module given to evalModules, as a flake's
# `lib.nixosSystem { modules = [ ./host.nix ]; }` gives its host) is called with every
# argument nixpkgs passes, as an imported one is: a function without `...` that does not
# ask for one of them fails
{ lib, config, options, specialValue, _class, _prefix }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
