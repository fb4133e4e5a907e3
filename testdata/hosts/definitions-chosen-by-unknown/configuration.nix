# A module whose definitions are chosen by what ncc cannot know: whether a module ncc
# does not evaluate declares an option (`optionalAttrs (options.environment ?
# persistence)`, impermanence's), or an `if` on such a question, also beside known
# definitions (`{ ... } // optionalAttrs (options ? home-manager) { ... }`). NixOS takes
# one branch; ncc, which cannot tell which, takes each as an `mkIf` on that question, so
# only the options those definitions set are unknown (here `environment.persistence`,
# `sops.secrets`, `home-manager.users`, `security.sudo` and a user's `packages`, which
# nothing ncc checks reads), and the container's files are written. Whether agenix's
# module declares `age` is known: ncc knows what it declares of a secret (its stand-in),
# so that branch is taken, as NixOS takes it.
{ config, lib, options, ... }:
{
  imports = [
    <agenix/modules/age.nix>
    ./admin.nix
  ];

  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = {
    device = "/dev/sda1";
    fsType = "ext4";
  };

  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.1.1";
    localAddress = "10.231.1.2";
    config = {
      services.mediawiki.enable = true;
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
