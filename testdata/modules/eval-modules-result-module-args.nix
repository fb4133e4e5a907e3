# An evaluation's result has the internal `_module` group its `config` leaves out:
# `(lib.evalModules { ... })._module.args` reads the module arguments its definitions
# give (flake-parts' `withSystem` gives a function those of a `perSystem` evaluation).
{ lib, ... }:
let
  inner = lib.evalModules {
    modules = [
      { _module.args.stablePort = 8080; }
      ({ stablePort, ... }: { options.port = lib.mkOption { default = stablePort + 1; }; })
    ];
  };
in
{
  options.fromResult = lib.mkOption { default = inner._module.args.stablePort; };
  options.fromConfig = lib.mkOption { default = inner.config.port; };
  options.configHasGroup = lib.mkOption { default = inner.config ? _module; };
}
