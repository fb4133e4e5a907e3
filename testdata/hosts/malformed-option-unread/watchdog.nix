# A module of the host's own, one of whose options is not wrapped in mkOption (`module`
# is a set holding a type and a default). nixpkgs' option tree is lazy: NixOS fails only
# when something reads `config.watchdog.module` (checked with nixpkgs lib 25.11: reading
# `config.watchdog.enable` evaluates, reading `config.watchdog.module.default` fails), so
# with the module disabled this host evaluates.
{ config, lib, ... }:
let
  cfg = config.watchdog;
in
{
  options.watchdog = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
    };
    module = {
      type = lib.types.str;
      default = "softdog";
    };
  };
  config = lib.mkIf cfg.enable {
    boot.kernelModules = [ cfg.module ];
  };
}
