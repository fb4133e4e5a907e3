{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-22.05";
    nixops.url = "github:NixOS/nixops";
  };

  outputs = { self, nixpkgs, nixops }: {
    # NixOps 2.0 reads the network of a flake from `nixopsConfigurations.default`:
    # `nixpkgs` is the nixpkgs its machines are built with, not a machine.
    nixopsConfigurations.default = {
      inherit nixpkgs;

      network = {
        description = "two shops";
        storage.legacy = { };
      };

      defaults = {
        imports = [ ./machines/common.nix ];
        deployment.targetEnv = "none";
      };

      front = import ./machines/front.nix;

      till = { name, nodes, ... }: {
        deployment.targetHost = "10.9.0.3";
        networking.hostName = name;
        containers.ledger = {
          autoStart = true;
          config = { ... }: { services.postgresql.enable = true; };
          allowedDevices = [ { node = "/dev/ttyS0"; modifier = "rx"; } ];
        };
      };
    };
  };
}
