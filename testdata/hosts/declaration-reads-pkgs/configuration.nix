# A host whose modules declare options in a scope of `pkgs` (`with lib; with pkgs;`,
# so `mkOption` is first looked up in `pkgs`), while `pkgs` is made from overlays that
# another module adds on a condition on `config`. NixOS declares each option when it
# is first asked for, so making `pkgs` reads `config.networking.hostName` without
# declaring `kiosk.*`: no infinite recursion (checked with nixpkgs lib 25.11).
{ config, lib, ... }:
{
  imports = [ ./kiosk.nix ./legacy-overlay.nix ];

  system.stateVersion = "24.11";
  networking.hostName = "hall";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";

  kiosk.url = "https://intranet.example/board";

  containers.board = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.44.0.1";
    localAddress = "10.44.0.2";
    config = { system.stateVersion = "24.11"; };
  };
}
