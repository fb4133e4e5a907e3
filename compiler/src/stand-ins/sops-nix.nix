# What Mic92/sops-nix's NixOS module (`nixosModules.sops`, `modules/sops`) declares of a
# secret and of a template that hosts read back: their `name` and `path`, as it declares
# them (`hostPath = config.sops.secrets."app/env".path` in a container's bind mount).
# Loaded beside the module, which ncc does not evaluate: its other options, and the other
# sub-options of a secret (`owner`, `sopsFile`, `restartUnits`), stay the open world's.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  openWorld = { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; };
  secret = { name, config, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; description = "Name of the file used in /run/secrets."; };
      neededForUsers = mkOption { type = types.bool; default = false; description = "Whether the secret is decrypted before users and groups are created, into /run/secrets-for-users."; };
      path = mkOption {
        type = types.str;
        default = if config.neededForUsers then "/run/secrets-for-users/${config.name}" else "/run/secrets/${config.name}";
        description = "Path where the secret is symlinked to.";
      };
    };
  };
  template = { name, config, ... }: {
    options = {
      name = mkOption { type = types.singleLineStr; default = name; description = "Name of the file used in /run/secrets/rendered."; };
      path = mkOption { type = types.singleLineStr; default = "/run/secrets/rendered/${config.name}"; description = "Path where the rendered file will be placed."; };
    };
  };
in
{
  key = "ncc:stand-in:sops-nix";
  _file = "<ncc stand-in for sops-nix>";
  options.sops = {
    secrets = mkOption { type = types.attrsOf (types.submodule [ openWorld secret ]); default = { }; description = "Secrets to decrypt."; };
    templates = mkOption { type = types.attrsOf (types.submodule [ openWorld template ]); default = { }; description = "Templates for secret files."; };
  };
}
