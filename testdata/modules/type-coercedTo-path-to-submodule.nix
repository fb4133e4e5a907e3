# types.coercedTo converts a path the final type (a submodule) would also take as a module file
{ lib, ... }:
{
  options.wrapped = lib.mkOption {
    type = with lib.types; attrsOf (coercedTo path (file: { fromPath = builtins.isPath file; }) (submodule {
      options.fromPath = lib.mkOption { type = bool; default = false; };
    }));
  };
  config.wrapped.greeting = ./lib/greeting.nix;
  config.wrapped.plain = { };
}
