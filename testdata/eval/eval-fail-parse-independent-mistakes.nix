{ config pkgs, ... }:
{
  networking.hostName = "web"
  environment.systemPackages = [ pkgs.vim
  ;
  services.nginx.enable: true;
}
