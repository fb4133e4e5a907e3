# A module named by an absolute string (`"${self}/profiles/server.nix"`, as flakes name
# their profiles): types.deferredModule and types.submodule check `path.check`, which
# takes it, and the file is imported. A relative string is not a module.
{ lib, ... }:
{
  options.profiles = lib.mkOption {
    type = lib.types.lazyAttrsOf lib.types.deferredModule;
    apply = lib.mapAttrs (_: profile: (lib.evalModules {
      modules = [ profile { config.who = "server"; options.who = lib.mkOption { type = lib.types.str; }; } ];
    }).config.greeting);
  };
  options.machine = lib.mkOption {
    type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.int; default = 1; }; };
  };
  options.checks = lib.mkOption { type = lib.types.attrsOf lib.types.bool; };
  config.profiles.server = toString ./lib/greeting.nix;
  config.machine = lib.mkMerge [ (toString ./lib/int-option.nix) { n = 3; port = 2; } ];
  config.checks = {
    absolute = lib.types.deferredModule.check (toString ./lib/greeting.nix);
    relative = lib.types.deferredModule.check "lib/greeting.nix";
    submodule = (lib.types.submodule { }).check "/profiles/server.nix";
  };
}
