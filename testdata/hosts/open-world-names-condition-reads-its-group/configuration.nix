# A host of guests in microvm.nix's VMs, whose options come from a flake input ncc does
# not evaluate (here: options no module declares). Its inventory fills `lab.inventory`
# from `microvm.vms` only where the host has them (`hasAttrByPath`), the admin guest is
# defined under `lab.admin.enable`, whose default reads the `lab` group, and the
# firewall module opens the guest's port under the same option. NixOS knows that
# `microvm` has `vms` from microvm.nix's declarations, never deciding the admin guest's
# `mkIf` for it, and evaluates the host (nixpkgs lib 25.11's evalModules, `microvm.vms`
# declared as an `attrsOf`: the guest `admin`, the port 9100, the assertion holds). ncc
# decides that `mkIf` to learn the name, which reads `lab.admin.enable` while that
# option is being merged: that read is unknown (whether `microvm` has `vms`), and the
# option is merged again when read after it, as Nix forces a thunk again, never an
# infinite recursion of its own. The container reads none of it.
{ config, lib, ... }:
{
  imports = [
    ./inventory.nix
    ./admin-guest.nix
    ./firewall.nix
  ];

  options.lab = {
    uplink = lib.mkOption { default = "enp1s0"; };
    admin.enable = lib.mkOption { default = config.lab.uplink != null; };
    inventory.guests = lib.mkOption { default = [ ]; };
  };

  config = {
    system.stateVersion = "25.11";
    networking.hostName = "lab";
    assertions = [
      {
        assertion = config.networking.firewall.allowedTCPPorts == [ 9100 ];
        message = "the admin guest's port is open";
      }
    ];

    containers.monitor = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.40.0.1";
      localAddress = "10.40.0.2";
      config.system.stateVersion = "25.11";
    };
  };
}
