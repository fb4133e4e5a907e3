# The example of the original NixOS container commit: a private network with a
# host-side and a container-side address, and sshd inside.
{ config, lib, pkgs, ... }:
{
  containers.database = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    autoStart = true;
    bindMounts."/var/lib/postgresql" = { hostPath = "/srv/pg"; isReadOnly = false; };
    config = { config, pkgs, ... }: {
      services.openssh.enable = true;
      users.users.root.openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample admin@example" ];
    };
  };
}
