# Containers whose users take options NixOS declares and ncc does not model: a password
# file from a secrets module the container imports, a home directory read back. The one
# container imports agenix, which ncc does not evaluate, so the secret's path is unknown;
# ncc checks nothing of `hashedPasswordFile`, so that is no finding. The other user's
# declared options (a typo'd group list would be one) are still checked.
{ config, lib, pkgs, ... }:
let
  agenix = builtins.fetchTarball "https://github.com/ryantm/agenix/archive/main.tar.gz";
in
{
  system.stateVersion = "24.11";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eno1";
  };

  containers.forge = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.7.1";
    localAddress = "10.233.7.2";
    bindMounts."/etc/age/key".hostPath = "/persist/keys/forge";
    config = { config, lib, ... }: {
      imports = [ "${agenix}/modules/age.nix" ];
      system.stateVersion = "24.11";
      age.identityPaths = [ "/etc/age/key" ];
      age.secrets.git-password.file = "/run/agenix-src/git-password.age";

      users.groups.git = { };
      users.users.git = {
        isSystemUser = true;
        group = "git";
        home = "/srv/git";
        createHome = true;
        hashedPasswordFile = config.age.secrets.git-password.path;
      };
      users.users.admin = {
        isNormalUser = true;
        extraGroups = [ "wheel" "git" ];
        openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq0admin admin@laptop" ];
      };
      systemd.tmpfiles.rules = [ "d ${config.users.users.git.home}/repos 0750 git git -" ];
      services.openssh.enable = true;
      networking.firewall.allowedTCPPorts = [ 22 ];
    };
  };
}
