{
  flake.clan.machines.vm-cache = { lib, ... }: {
    networking.hostName = "vm-cache";
    system.stateVersion = "25.11";
    services.nginx.enable = lib.mkDefault true;
  };
}
