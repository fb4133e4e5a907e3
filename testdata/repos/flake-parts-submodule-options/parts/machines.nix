{
  flake.machines.relay = { };
  flake.machines.vault.extraModules = [ { networking.firewall.allowedTCPPorts = [ 8200 ]; } ];
}
