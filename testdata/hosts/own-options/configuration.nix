# A module that declares its own options and builds `containers` from them, and a host
# that sets them.
{ ... }:
{
  imports = [ ./services.nix ];

  homelab.services = {
    grafana = { address = 20; port = 3000; };
    prometheus = { address = 21; port = 9090; persistent = true; };
  };

  system.stateVersion = "25.05";
}
