{ config, pkgs, ... }:
{
  networking.hostName = "web"
  services.nginx.enable = true;
}
