{ inputs, self, ... }:
{
  flake.clan = {
    meta.name = "attic";
    specialArgs = {
      inherit inputs;
      outputs = self;
    };
    inventory.machines = {
      vault.tags = [ "server" ];
      desk.tags = [ "desktop" ];
    };
  };
}
