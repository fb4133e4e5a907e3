# A host whose container reads a secret's path that a module ncc does not evaluate
# declares (sops-nix): ncc cannot read all of it, so it checks what it can and is
# silent on the rest. Its unit's drop-in is for a declared container, not for an
# undeclared one (C223 stays silent). The media group's members are named through
# `with config.ids.uids;`: NixOS declares every uid there (ids.nix), ncc declares none,
# so a name the host did not define itself is unknown, not an undefined variable.
{ config, lib, ... }: {
  imports = [ ./hardware-configuration.nix ];
  ids.uids.mediasync = 410;
  users.groups.media.members = [ "mediasync" ];
  assertions = [ {
    assertion = with config.ids.uids; builtins.all (uid: uid > 0) [ mediasync deluge ];
    message = "the media users need fixed uids";
  } ];
  systemd.services."container@web".serviceConfig.TimeoutStartSec = lib.mkForce "10min";
  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.241.0.1";
    localAddress = "10.241.0.2";
    bindMounts."/run/secrets/web-token" = {
      hostPath = config.sops.secrets.web-token.path;
      isReadOnly = true;
    };
    config = { system.stateVersion = "25.11"; };
  };
  system.stateVersion = "25.11";
}
