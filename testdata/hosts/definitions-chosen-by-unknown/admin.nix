{ config, lib, options, ... }:
let
  cfg = config.site.admin;
in
{
  options.site.admin = {
    enable = lib.mkEnableOption "the admin account" // { default = true; };
    passwordFromAge = lib.mkEnableOption "a password kept by agenix" // { default = true; };
  };

  config = lib.mkIf cfg.enable (lib.mkMerge [
    {
      users.users.admin = {
        isNormalUser = true;
        extraGroups = [ "wheel" ];
      };
    }
    (lib.mkIf cfg.passwordFromAge (lib.optionalAttrs (options ? age) {
      age.secrets.admin-password.file = "/run/keys/admin-password.age";
      users.users.admin.hashedPasswordFile = config.age.secrets.admin-password.path;
    }))
    (if options ? sops then {
      sops.secrets.admin-key.owner = "admin";
    } else {
      users.users.admin.packages = [ ];
    })
    (lib.optionalAttrs (options.environment ? persistence) {
      environment.persistence."/persist".directories = [ "/var/lib/nixos-containers" ];
    })
    ({
      security.sudo.wheelNeedsPassword = false;
    } // lib.optionalAttrs (options ? home-manager) {
      home-manager.users.admin.home.stateVersion = "25.05";
    })
  ]);
}
