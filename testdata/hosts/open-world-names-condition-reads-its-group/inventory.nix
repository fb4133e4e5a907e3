# The guests the host has, named in `lab` only on a host with microvm.nix's VMs.
{ config, lib, ... }:
{
  lab = lib.optionalAttrs (lib.hasAttrByPath [ "microvm" "vms" ] config) {
    inventory.guests = builtins.attrNames config.microvm.vms;
  };
}
