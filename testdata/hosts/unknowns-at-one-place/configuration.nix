# A site module that asserts something of every user by an option NixOS declares and
# no module ncc evaluates defines (`isSystemUser`, whose value NixOS's own modules may
# give): ncc cannot know it for any of them. The assertion is one place, so the warning
# is one, naming the first options and how many more (or both, for the two service
# users). The warnings list below stops at its first unknown, as Nix's evaluation would:
# one option, one warning.
{ config, lib, ... }:
let
  people = [ "alice" "bob" "carol" "dave" "erin" ];
in
{
  system.stateVersion = "25.05";
  users.users = lib.genAttrs people (name: {
    isNormalUser = true;
    extraGroups = [ "users" ];
  }) // {
    backup = { group = "backup"; };
    monitor = { group = "monitor"; };
  };

  assertions = lib.mapAttrsToList (name: user: {
    assertion = user.isSystemUser || user.isNormalUser;
    message = "user ${name} is neither a normal nor a system user";
  }) config.users.users ++ map (name: {
    assertion = config.users.users.${name}.isSystemUser;
    message = "${name} runs a service: make it a system user";
  }) [ "backup" "monitor" ];

  warnings = lib.concatMap (name:
    lib.optional (!config.users.users.${name}.isSystemUser) "${name} runs as a person"
  ) [ "backup" "monitor" ];

  containers.app = {
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config = { };
  };
}
