{ self, lib, ... }:
{
  clan.meta.name = "harbour";
  clan.inventory.machines.edge.tags = [ "gateway" ];

  clan.machines.edge = {
    imports = [ self.nixosModules.edge-configuration ];
  };

  # The machine clan makes, with the name the inventory knows it by.
  flake.nixosConfigurations.edge = lib.mkForce (
    self.clan.nixosConfigurations.edge.extendModules {
      specialArgs.inventoryHostName = "edge";
    }
  );

  flake.nixosModules.edge-configuration = { inventoryHostName, ... }: {
    networking.hostName = inventoryHostName;
    system.stateVersion = "25.05";
    containers.proxy = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.0.1";
      localAddress = "10.70.0.2";
      forwardPorts = [
        { hostPort = 443; containerPort = 443; }
        { hostPort = 443; containerPort = 8443; }
      ];
      config = {
        system.stateVersion = "25.05";
        networking.firewall.allowedTCPPorts = [ 443 8443 ];
      };
    };
  };
}
