# Errors inside a container's own config are named containers.<name>.<option>, as NixOS names them.
{ lib, pkgs, ... }:
{
  containers.web = {
    privateNetwork = true;
    config = { config, pkgs, ... }: {
      services.nginx.enable = true;
      services.openssh.enable = "yes";
      services.openssh.settings.PermitRootLogin = "nope";
      networking.firewall.allowedTCPPorts = [ 80 70000 ];
      environment.systemPackages = [ pkgs.htop ];
      users.users.alice = { isNormalUser = true; shell = pkgs.zsh; extraGroups = [ "wheel" ]; };
      users.users.bob.uid = "x";
      time.timeZone = "Europe/Berlin";
      boot.isContainer = true;
    };
  };
}
