# A host whose own module declares `users.users` and `users.groups` again, adding a
# default id to every user and group from a table (NixOS merges both declarations'
# submodules, so a user's NixOS options still exist), and whose container takes a
# user's uid and a guest's directory from such submodules; a service reads a group only
# NixOS defines.
{ config, lib, pkgs, ... }:
{
  imports = [ ./fixed-ids.nix ./guests.nix ];

  fixedIds = {
    alice = { uid = 1001; gid = 1001; };
    media = { gid = 2000; };
  };

  users.users.alice = {
    isNormalUser = true;
    shell = pkgs.zsh;
    extraGroups = [ "wheel" "media" ];
  };
  users.groups.media = { };

  guests.web = { };

  # `keys` is a group NixOS's own modules define.
  systemd.services.backup.serviceConfig.SupplementaryGroups = [ config.users.groups.keys.name ];

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    bindMounts.state = {
      mountPoint = "/var/lib/web";
      hostPath = config.guests.web.stateDir;
      isReadOnly = false;
    };
    config = { ... }: {
      # A person's account: NixOS asserts that a user is a normal or a system one.
      users.users.web = {
        isNormalUser = true;
        uid = config.users.users.alice.uid;
      };
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
