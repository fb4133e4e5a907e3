# A host whose own swap module turns on zswap and asserts that zram swap is not on beside
# it (`!(cfg.enable && config.zramSwap.enable)`), as dotfiles of 2023-2026 write it. This
# host never sets `zramSwap.enable`: NixOS's default is off, so the assertion holds; ncc
# did not model the option, and said N301 for a read NixOS answers.
{ ... }:
{
  imports = [ ./zswap.nix ];

  system.stateVersion = "25.11";
  networking.hostName = "depot";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/nixos";

  my.zswap.enable = true;

  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config = {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
