# types.deferredModule: definitions collected, evaluated later (here by apply)
{ lib, ... }:
{
  imports = [ { m.config.b = 2; } ];
  options.m = lib.mkOption {
    type = lib.types.deferredModule;
    apply = m: (lib.evalModules {
      modules = [
        m
        {
          options.a = lib.mkOption { type = lib.types.int; default = 0; };
          options.b = lib.mkOption { type = lib.types.int; default = 0; };
        }
      ];
    }).config;
  };
  config.m = { config, ... }: { config.a = config.b + 1; };
}
