{ inputs, ... }:
{
  flake.nixosConfigurations.vault = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      {
        containers.secrets = {
          autoStart = true;
          bindMounts."/var/lib/vault".hostPath = "var/lib/vault";
          config.system.stateVersion = "25.11";
        };
        system.stateVersion = "25.11";
      }
    ];
  };
}
