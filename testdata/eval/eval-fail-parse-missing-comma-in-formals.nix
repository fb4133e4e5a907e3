{ config pkgs, ... }:
{
  services.nginx.enable = true;
}
