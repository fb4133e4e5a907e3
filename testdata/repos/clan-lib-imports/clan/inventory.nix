{ lib, ... }:
let
  fleet = import ../fleet.nix;
in
{
  meta.name = "harbour";
  inventory.machines = lib.mapAttrs (name: machine: {
    deploy.targetHost = "root@${machine.address}";
    machineClass = machine.class;
  }) fleet;
}
