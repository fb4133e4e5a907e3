{ config, lib, role, site, ... }:
{
  assertions = [
    { assertion = config.networking.hostName == "db" && config.networking.domain == "example.com"; message = "named by its reversed domain name"; }
    { assertion = role == "database" && site == "lab"; message = "its specialArgs over hostDefaults'"; }
  ];
  services.postgresql.enable = true;
  nix.generateNixPathFromInputs = true;
  containers.backup = {
    autoStart = true;
    config.system.stateVersion = "25.11";
  };
}
