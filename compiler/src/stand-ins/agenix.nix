# What ryantm/agenix's NixOS module (`nixosModules.age`, `modules/age.nix`; ragenix's is
# the same) declares of a secret that hosts read back: its `name` and `path`, and the
# directory the path is in, as it declares them (`hostPath = config.age.secrets.token.path`
# in a container's bind mount). Loaded beside the module, which ncc does not evaluate:
# its other options, and the other sub-options of a secret (`file`, `owner`, `mode`), stay
# the open world's.
{ lib, config, ... }:
let
  inherit (lib) mkOption types;
  openWorld = { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; };
  secretsDir = config.age.secretsDir;
  secret = { name, config, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; description = "Name of the file used in age.secretsDir."; };
      path = mkOption { type = types.str; default = "${secretsDir}/${config.name}"; description = "Path where the decrypted secret is installed."; };
    };
  };
in
{
  key = "ncc:stand-in:agenix";
  _file = "<ncc stand-in for agenix>";
  options.age = {
    secrets = mkOption { type = types.attrsOf (types.submodule [ openWorld secret ]); default = { }; description = "Attrset of secrets."; };
    secretsDir = mkOption { type = types.path; default = "/run/agenix"; description = "Folder where secrets are symlinked to."; };
  };
}
