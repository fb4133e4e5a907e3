# A host written when NixOS called its users `users.extraUsers` and its groups
# `users.extraGroups`, as older configurations still do. NixOS keeps both names as
# aliases (users-groups.nix): a definition under either name merges with the others of
# the same user, and reading the old name gives every user, however defined. The
# assertions hold in NixOS; the container's user, given in two modules under the old
# name, is one user with both settings.
{ config, lib, ... }:
let
  normalUsers = lib.filterAttrs (_: user: user.isNormalUser) config.users.extraUsers;
in
{
  imports = [
    { users.extraUsers.ops.extraGroups = [ "wheel" ]; }
  ];
  system.stateVersion = "25.11";
  networking.hostName = "attic";

  users.extraUsers.ops.isNormalUser = true;
  users.users.backup = {
    isNormalUser = false;
    isSystemUser = true;
    group = "backup";
  };
  users.extraGroups.backup = { };

  assertions = [
    {
      assertion = lib.attrNames normalUsers == [ "ops" ];
      message = "ops is the one login on attic";
    }
    {
      assertion = config.users.users.ops.extraGroups == [ "wheel" ];
      message = "ops administers attic";
    }
    {
      assertion = config.users.groups ? backup;
      message = "the backup user has its group";
    }
  ];

  containers.mirror = {
    privateNetwork = true;
    hostAddress = "10.21.0.1";
    localAddress = "10.21.0.2";
    config = { config, ... }: {
      imports = [ { users.extraUsers.sync.extraGroups = [ "users" ]; } ];
      system.stateVersion = "25.11";
      users.extraUsers.sync = {
        isNormalUser = true;
        openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMirrorSyncKey sync@attic" ];
      };
      assertions = [
        {
          assertion = config.users.users.sync.extraGroups == [ "users" ] && config.users.users.sync.isNormalUser;
          message = "sync is one user";
        }
      ];
    };
  };
}
