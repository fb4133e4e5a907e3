{ pkgs, ... }:
{
  time.timeZone = "Europe/Berlin";
  services.openssh.enable = true;
  environment.systemPackages = with pkgs; [ git htop ];
}
