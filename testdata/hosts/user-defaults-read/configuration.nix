# A host that reads its users' options back where it defines none of them: an assertion
# over every user (`isSystemUser`, `expires`), a sub-option of its own whose default reads
# `isNormalUser` and `extraGroups`, and a group's members, which NixOS finds from the
# users that name the group. NixOS declares their defaults (users-groups.nix), so each
# read is known: the student without an expiry date fails the assertion, as NixOS would
# fail the build, and the backup container mounts the home of each member of `backup`.
{ config, lib, ... }:
{
  options.users.users = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ config, ... }: {
      options.allowedHosts = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = if config.isNormalUser && lib.elem "student" config.extraGroups then [ ] else [ "all" ];
        description = "Hosts the user may log in to.";
      };
    }));
  };

  config = {
    system.stateVersion = "24.11";

    users.groups.student = { };
    users.groups.backup = { };
    users.users.ada = {
      isNormalUser = true;
      extraGroups = [ "wheel" "backup" ];
    };
    users.users.bob = {
      isNormalUser = true;
      extraGroups = [ "student" ];
      allowedHosts = [ "lab" ];
    };
    users.users.carol = {
      isNormalUser = true;
      extraGroups = [ "student" "backup" ];
      allowedHosts = [ "lab" ];
      expires = "2027-03-31";
    };
    users.users.restic = {
      isSystemUser = true;
      group = "backup";
    };

    assertions = lib.flatten (lib.mapAttrsToList (name: user: [
      {
        assertion = user.isSystemUser || user.allowedHosts != [ ];
        message = "User ${name} has no allowed hosts.";
      }
      {
        assertion = user.isSystemUser || !(lib.elem "student" user.extraGroups) || user.expires != null;
        message = "Student ${name} has no expiry date.";
      }
    ]) config.users.users);

    containers.backup = {
      autoStart = true;
      bindMounts = lib.genAttrs
        (map (user: "/home/${user}") config.users.groups.backup.members)
        (path: { hostPath = path; isReadOnly = true; });
      config = { };
    };
  };
}
