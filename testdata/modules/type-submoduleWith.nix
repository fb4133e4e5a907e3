# types.submoduleWith with specialArgs
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submoduleWith {
      specialArgs = { greeting = "hi"; };
      modules = [ ({ greeting, ... }: { options.g = lib.mkOption { type = lib.types.str; default = greeting; }; }) ];
    };
    default = { };
  };
}
