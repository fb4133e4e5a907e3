{ lib }:
{
  uplink = "enp1s0";

  # The container each machine serves its site from, at `address` on its own link.
  webContainer = address: {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = address;
    config.system.stateVersion = "25.11";
  };

  # A machine's NixOS system, made by the extended lib's own `nixosSystem`.
  mkMachine = name: module: lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ module { networking.hostName = name; } ];
  };
}
