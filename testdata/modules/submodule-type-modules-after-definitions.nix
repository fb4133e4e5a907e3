# A submodule's own modules (its type's) and the definitions of the option merged into
# it: nixpkgs gathers a list option's definitions with the type's modules first, each
# group in the order of its modules reversed, whatever imports either brings
{ lib, ... }:
let
  unit = {
    options.after = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  };
in
{
  imports = [
    { units.web.after = [ "first.target" ]; }
    { units.web = { ... }: { imports = [ { after = [ "imported.target" ]; } ]; after = [ "second.target" ]; }; }
    { one.after = [ "one-defined.target" ]; }
  ];
  options.units = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule [
      unit
      ({ name, ... }: { after = [ "${name}-own.target" ]; })
      { imports = [ { after = [ "own-imported.target" ]; } ]; after = [ "own-last.target" ]; }
    ]);
    default = { };
  };
  options.one = lib.mkOption {
    type = lib.types.submodule [ unit { after = [ "one-own-1.target" ]; } { after = [ "one-own-2.target" ]; } ];
    default = { };
  };
  config.units.web.after = [ "root.target" ];
}
