{ lib, site, ... }:
{
  users.users.${site.user} = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
  };
  time.timeZone = lib.mkDefault site.timeZone;
  system.stateVersion = lib.mkForce site.stateVersion;
}
