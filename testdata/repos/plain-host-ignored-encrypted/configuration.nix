# A host whose secrets its deploy script encrypts into `encrypted/<host>/` before each
# deployment, a directory the .gitignore leaves out: the script a unit runs names the
# encrypted file by its store path, which Nix makes where the file exists. Unknown
# here, never "No such file or directory"; the container is still checked.
{ config, lib, pkgs, ... }:
let
  decrypt = name: ''
    ${pkgs.rage}/bin/rage -d -i /etc/ssh/ssh_host_ed25519_key -o /run/keys/${name} '${
      ./. + "/encrypted/${config.networking.hostName}/${name}"
    }'
  '';
in
{
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.hostName = "drapion";

  systemd.services.tailscale-key = {
    wantedBy = [ "multi-user.target" ];
    serviceConfig.Type = "oneshot";
    script = decrypt "tailscale-authkey";
  };

  containers.git = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.10.0.1";
    localAddress = "10.10.0.2";
    bindMounts."/run/keys".hostPath = "/run/keys";
    bindMounts."srv".hostPath = "/srv/git";
    config = { ... }: {
      services.gitea.enable = true;
      system.stateVersion = "24.05";
    };
  };

  system.stateVersion = "24.05";
}
