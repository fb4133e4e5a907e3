# Guests with a state directory named after the guest, read from the submodule's own
# `_module.args.name`.
{ lib, ... }:
{
  options.guests = lib.mkOption {
    default = { };
    type = lib.types.attrsOf (lib.types.submodule (guest: {
      options.stateDir = lib.mkOption {
        type = lib.types.str;
        default = "/srv/guests/${guest.config._module.args.name}";
      };
    }));
  };
}
