# A flake whose hosts come from a deployment tool's package ncc does not evaluate, and
# container files that give each container only part of its declaration: the deployment
# adds the `path` of a container built elsewhere (`machines.nix`, as one real flake does).
# Checked on its own, a container file reads that `path` without a value; that is no
# error, since the host importing the file may define it: a note says so.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  inputs.deploy.url = "github:example/deploy";
  outputs = { nixpkgs, deploy, ... }: {
    nixosConfigurations = deploy.lib.hosts {
      zeta = [ ./machines.nix ./containers/klaus.nix ];
    };
  };
}
