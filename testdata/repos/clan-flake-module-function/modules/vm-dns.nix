{ self, ... }:
{
  flake.clan.machines.vm-dns = {
    networking.hostName = "vm-dns";
    system.stateVersion = "25.11";
    services.adguardhome.settings.dns.rewrites = [
      { domain = "cache.lan"; answer = self.clan.nixosConfigurations.vm-cache.config.networking.hostName; }
    ];
  };
}
