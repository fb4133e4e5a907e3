{ config, ... }:
{
  services.nginx = {
    enable = true;

  networking.hostName = "web";
}
