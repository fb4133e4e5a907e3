{ config, pkgs, lib, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "studio";
  system.stateVersion = "25.05";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };

  containers.cms = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { pkgs, ... }:
      let
        site = import ./site.nix;
      in
      {
        system.stateVersion = "25.05";
        users.groups.editors.gid = site.gid.editors;
        # The container runs no SSH daemon, so NixOS never reads these keys: the
        # missing `site.keys` is never evaluated and the system builds.
        users.users.editor = {
          isNormalUser = true;
          uid = site.uid.editor;
          group = "editors";
          openssh.authorizedKeys.keys = [ site.keys.public.editor ];
        };
        networking.firewall.allowedTCPPorts = [ site.ports.cms ];
      };
  };

  # A container with sshd: its keys are read and checked.
  containers.shell = {
    autoStart = true;
    config = { ... }: {
      system.stateVersion = "25.05";
      services.openssh.enable = true;
      users.users.root.openssh.authorizedKeys.keys = [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyForTests operator@studio"
      ];
    };
  };
}
