# A container config using packages and options outside ncc's declared subset of NixOS:
# accepted (listed as unchecked), never an error.
{ pkgs, ... }:
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { config, pkgs, lib, ... }: {
      services.nginx.enable = true;
      services.nginx.virtualHosts."example.org".root = "/var/www";
      services.openssh.enable = true;
      services.openssh.settings.PasswordAuthentication = false;
      networking.firewall.allowedTCPPorts = [ 80 443 ];
      environment.systemPackages = [ pkgs.htop pkgs.python3.pkgs.requests ];
      users.users.alice = { isNormalUser = true; shell = pkgs.zsh; };
      system.stateVersion = "24.11";
    };
  };
}
