# `pkgs.formats.keyValue { }` takes atoms only: a list for one key (without
# `listsAsDuplicateKeys`) is rejected by NixOS once the key is read, here by the
# container's address.
{ lib, pkgs, config, ... }:
let env = pkgs.formats.keyValue { };
in
{
  options.services.gateway.environment = lib.mkOption {
    type = env.type;
    default = { };
  };

  config = {
    services.gateway.environment = {
      ADDRESS = [ "10.232.0.2" ];
      MODE = "bridge";
    };

    containers.gateway = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.232.0.1";
      localAddress = config.services.gateway.environment.ADDRESS;
      config = {
        environment.etc."gateway.env".source = env.generate "gateway.env" config.services.gateway.environment;
        system.stateVersion = "25.05";
      };
    };

    system.stateVersion = "25.05";
  };
}
