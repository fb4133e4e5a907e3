{
  flake.modules.nixos.base = { lib, ... }: {
    system.stateVersion = "25.05";
    networking.firewall.enable = lib.mkDefault true;
  };
}
