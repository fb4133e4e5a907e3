# The `containers` option of the corpus: a trimmed NixOS `containers`
# declaration (attrsOf submodule, with `name` = the container's name, and a
# nested attrsOf submodule whose `mountPoint` defaults to its own key).
{ lib, ... }:
let
  inherit (lib) mkOption mkDefault types;
  inherit (types) attrsOf submodule bool nullOr str;
in
{
  options.containers = mkOption {
    type = attrsOf (submodule ({ name, ... }: {
      options = {
        autoStart = mkOption { type = bool; default = false; };
        hostAddress = mkOption { type = nullOr str; default = null; };
        bindMounts = mkOption {
          type = attrsOf (submodule ({ name, ... }: {
            options.mountPoint = mkOption { type = str; };
            options.hostPath = mkOption { type = nullOr str; default = null; };
            config.mountPoint = mkDefault name;
          }));
          default = { };
        };
      };
    }));
    default = { };
  };
}
