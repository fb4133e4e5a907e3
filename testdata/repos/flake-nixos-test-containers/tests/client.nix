{ pkgs, ... }:
{
  environment.systemPackages = [ pkgs.bind.host ];
  networking.nameservers = [ "server" ];
}
