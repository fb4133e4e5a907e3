# A host in a directory of hosts without a `default.nix`: digga names it `lab.printer`,
# which flake-utils-plus reads as the host `printer` of the domain `lab`.
{ config, suites, ... }:
{
  imports = suites.base;
  assertions = [
    { assertion = config.networking.hostName == "printer" && config.networking.domain == "lab"; message = "named by its path"; }
  ];
  boot.isContainer = true;
  system.stateVersion = "25.11";
}
