{ lib, _class, _prefix, ... }:
{
  options.evaluation = lib.mkOption {
    type = lib.types.attrsOf lib.types.anything;
    default = { };
  };
  options.tunnels = lib.mkOption {
    type = lib.types.attrsOf (
      lib.types.submodule (
        { _class, _prefix, name, ... }:
        {
          options.seen = lib.mkOption {
            type = lib.types.anything;
            default = {
              class = _class;
              prefix = _prefix;
              inherit name;
            };
          };
        }
      )
    );
    default = { };
  };
  config = {
    evaluation = {
      class = _class;
      prefix = _prefix;
      shared = if _class == "nixos" then "nixos" else "elsewhere";
    };
    tunnels.north = { };
  };
}
