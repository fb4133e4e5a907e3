# Containers whose own configuration asserts and warns, as modules shared between hosts
# and containers do. NixOS checks a container's assertions and shows its warnings when
# it builds the container's system, which building the host does: `relay` forwards
# mail to a port its firewall does not open, so the host's build stops with "Failed
# assertions:" at the assertion; `archive` warns that it relays on port 25. An assertion
# on a value only NixOS's own modules give (`services.postfix.user`'s default) is
# neither held nor failed by ncc: it is quiet, as the container's other unknowns are.
{ config, lib, ... }:
let
  mailRelay = { config, lib, ... }: {
    options.relay.port = lib.mkOption { type = lib.types.port; default = 25; };
    config.assertions = [
      {
        assertion = lib.elem config.relay.port config.networking.firewall.allowedTCPPorts;
        message = "the relay's port ${toString config.relay.port} must be open in the firewall";
      }
    ];
  };
in
{
  system.stateVersion = "25.11";
  networking.hostName = "post";

  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
    config = { config, ... }: {
      imports = [ mailRelay ];
      system.stateVersion = "25.11";
      relay.port = 587;
      networking.firewall.allowedTCPPorts = [ 25 ];
      assertions = [
        {
          assertion = config.services.postfix.user == "postfix";
          message = "postfix runs as its own user";
        }
      ];
    };
  };

  containers.archive = {
    privateNetwork = true;
    hostAddress = "10.30.1.1";
    localAddress = "10.30.1.2";
    config = { config, lib, ... }: {
      imports = [ mailRelay ];
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = [ config.relay.port ];
      warnings = lib.optional (config.relay.port == 25) "archive relays on port 25, which residential providers block";
    };
  };
}
