# a configuration made by lib.evalModules can be extended with more modules, and gives
# its type and class, as nixpkgs' evalModules result does
{ lib, ... }:
let
  base = lib.evalModules {
    class = "example";
    specialArgs.greeting = "hello";
    modules = [
      ({ greeting, ... }: {
        options.port = lib.mkOption { type = lib.types.port; default = 80; };
        options.words = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ greeting ]; };
      })
    ];
  };
  extended = base.extendModules {
    specialArgs.greeting = "bonjour";
    modules = [ { port = 8080; words = [ "again" ]; } ];
  };
  twice = extended.extendModules { modules = [ { port = lib.mkForce 443; } ]; };
in
{
  options.result = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
  config.result = {
    base = base.config;
    extended = extended.config;
    twice = twice.config.port;
    class = base.class;
    type = base.type.name;
    kind = base._type;
  };
}
