# Hosts loaded by nix-community/haumea: `haumea.lib.load` makes an attribute set of the
# files of outputs/hosts/, each called with the inputs its arguments name (here `lib`,
# `inputs` and `site`, with `super`, the directory, for a file's private neighbours), and
# the flake gathers the `nixosConfigurations` each file gives. `liftDefault` makes
# hosts/db/default.nix's set that of `db`; `_draft.nix`, private to the tree, is not
# loaded into what the flake sees, so its host is not one. The db host's container
# bind-mounts a relative path, which systemd-nspawn refuses.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    haumea = {
      url = "github:nix-community/haumea/v0.2.2";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };
  outputs = inputs@{ nixpkgs, haumea, ... }:
    let
      inherit (nixpkgs) lib;
      hosts = haumea.lib.load {
        src = ./outputs/hosts;
        inputs = {
          inherit lib inputs;
          site = "lab";
        };
        transformer = haumea.lib.transformers.liftDefault;
      };
    in
    {
      nixosConfigurations = lib.attrsets.mergeAttrsList
        (map (host: host.nixosConfigurations or { }) (builtins.attrValues hosts));
    };
}
