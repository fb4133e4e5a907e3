{ ... }:
{
  imports = [
    ../../containers/proxy.nix
    # ../../containers/media_server.nix   (not yet)
    # ../../containers/vault.nix
  ];
  networking.hostName = "web";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.05";
}
