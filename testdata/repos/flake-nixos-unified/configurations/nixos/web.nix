{ flake, pkgs, ... }:
let
  inherit (flake) inputs;
  inherit (inputs) self;
in
{
  imports = [ self.nixosModules.base ];
  networking.hostName = "web";
  home-manager.users.alice = {
    home.stateVersion = "25.11";
    programs.git.enable = true;
  };
  containers.site = {
    autoStart = true;
    bindMounts."/srv/www" = {
      hostPath = "srv/www";
      isReadOnly = true;
    };
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
