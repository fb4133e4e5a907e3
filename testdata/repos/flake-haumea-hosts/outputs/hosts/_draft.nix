# Not loaded: a name starting with `_` is private to the tree.
{ inputs, ... }:
{
  nixosConfigurations.draft = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      {
        containers.scratch.bindMounts."/srv".hostPath = "srv";
      }
    ];
  };
}
