# a submodule reads its attribute name as `config._module.args.name`, also from a
# submodule nested in another's option
{ lib, ... }:
{
  options.guests = lib.mkOption {
    default = { };
    type = lib.types.attrsOf (lib.types.submodule (outer: {
      options.dir = lib.mkOption {
        type = lib.types.str;
        default = "/guests/${outer.config._module.args.name}";
      };
      options.zfs = lib.mkOption {
        default = { };
        type = lib.types.attrsOf (lib.types.submodule (inner: {
          options.mountpoint = lib.mkOption {
            type = lib.types.str;
            default = "/guests/${outer.config._module.args.name}${inner.config._module.args.name}";
          };
        }));
      };
    }));
  };
  config.guests.web.zfs."/state" = { };
  config.guests.db = { };
}
