# Channels and third-party modules next to the containers: home-manager from a channel,
# impermanence and agenix fetched, NixOS's own modules by search path.
{ config, lib, pkgs, ... }:
{
  imports = [
    <home-manager/nixos>
    <nixpkgs/nixos/modules/virtualisation/qemu-guest-agent.nix>
    "${builtins.fetchTarball "https://github.com/nix-community/impermanence/archive/master.tar.gz"}/nixos.nix"
    "${builtins.fetchGit { url = "https://github.com/ryantm/agenix.git"; ref = "main"; }}/modules/age.nix"
  ];

  home-manager.useGlobalPkgs = true;
  home-manager.users.alice = { pkgs, ... }: {
    home.packages = [ pkgs.ripgrep ];
    programs.git.enable = true;
    home.stateVersion = "25.05";
  };

  environment.persistence."/persist" = {
    hideMounts = true;
    directories = [ "/var/lib/nixos-containers" "/var/log" ];
    files = [ "/etc/machine-id" ];
  };

  age.secrets.tunnel.file = ./tunnel.age;

  users.users.alice.isNormalUser = true;

  containers.tunnel = {
    autoStart = true;
    ephemeral = true;
    bindMounts."/run/agenix/tunnel".hostPath = "/run/agenix/tunnel";
    config = { lib, ... }: {
      imports = [ <home-manager/nixos> ];
      services.cloudflared.enable = true;
      home-manager.users.root.home.stateVersion = "25.05";
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
