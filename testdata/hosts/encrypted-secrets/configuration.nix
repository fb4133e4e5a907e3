# A host whose repository keeps its secrets encrypted with git-crypt: on the owner's
# machine `secrets.nix` is Nix, in the repository it is git-crypt's binary (it starts
# with "\0GITCRYPT\0"). The host imports it as a value and a module reads a file of it;
# ncc cannot read them, so what they give is unknown, never an error, and the
# containers are still checked (the typo below is reported).
{ config, lib, pkgs, ... }:
let
  secrets = import ./secrets.nix;
in
{
  imports = [ ./hardware-secret.nix ];
  system.stateVersion = "24.05";
  networking.hostName = "vault";
  networking.defaultGateway = secrets.network.gateway;
  users.users.admin.openssh.authorizedKeys.keys = [ secrets.admin.sshKey ];
  environment.etc."motd".text = builtins.readFile ./motd.txt;

  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    bindMounts."/var/lib/wiki" = { hostPath = "/srv/wiki"; isReadOnly = false; };
    bindMounts."/run/secrets" = { hostPath = secrets.wiki.secretsDir; };
    extraFlags = [ (builtins.readFile ./motd.txt) ];
    config = { services.nginx.enable = true; };
  };

  containers.cache = {
    autoStrat = true;
    config = { };
  };
}
