# `super` is this directory as this file sees it: its private `_disks.nix` too.
{ inputs, super, ... }:
{
  nixosConfigurations.db = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      ../../../modules/base.nix
      super.disks
      {
        networking.hostName = "db";
        containers.backup = {
          autoStart = true;
          bindMounts."/var/backup".hostPath = "var/backup";
          config = { };
        };
      }
    ];
  };
}
