{ lib, ... }:
{
  time.timeZone = "Europe/Berlin";
  services.openssh.enable = true;
  networking.firewall.trustedInterfaces = [ "ve-+" ];
  nix.settings.experimental-features = [ "nix-command" "flakes" ];
  system.stateVersion = lib.mkDefault "25.05";
}
