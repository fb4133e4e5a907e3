# A host that keeps its secrets with sops-nix (from a channel) and agenix (from a pinned
# tarball), and bind-mounts the decrypted files into its containers by the paths those
# modules give them. ncc does not evaluate either module, but knows where a secret goes:
# `/run/secrets/<name>` (`/run/secrets-for-users/<name>` when needed for users),
# `/run/secrets/rendered/<name>` for a template, `<age.secretsDir>/<name>`, a `path` set
# by the host itself; everything else the modules declare stays unchecked.
{ config, lib, pkgs, ... }:
let
  agenix = builtins.fetchTarball "https://github.com/ryantm/agenix/archive/main.tar.gz";
  secrets = config.sops.secrets;
in
{
  imports = [
    <sops-nix/modules/sops>
    "${agenix}/modules/age.nix"
  ];

  system.stateVersion = "25.05";
  networking.hostName = "vault";

  sops.defaultSopsFile = ./secrets.yaml;
  sops.age.keyFile = "/var/lib/sops-nix/key.txt";
  sops.secrets."paperless/env" = { owner = "root"; restartUnits = [ "container@paperless.service" ]; };
  sops.secrets.db-password.neededForUsers = true;
  sops.secrets.backup-key.path = "/var/lib/backup/key";
  sops.templates."paperless.env".content = ''
    PAPERLESS_DBPASS=${config.sops.placeholder.db-password}
  '';

  age.secretsDir = "/run/age-secrets";
  age.secrets.runner-token.file = ./secrets/runner-token.age;
  age.secrets.gandi = { file = ./secrets/gandi.age; name = "gandi.env"; };

  containers.paperless = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    bindMounts = {
      "/run/secrets/paperless-env".hostPath = secrets."paperless/env".path;
      "/run/secrets/db-password".hostPath = secrets.db-password.path;
      ${config.sops.templates."paperless.env".path}.hostPath = config.sops.templates."paperless.env".path;
      "/var/lib/backup" = { hostPath = builtins.dirOf secrets.backup-key.path; isReadOnly = false; };
    };
    config = { services.paperless.enable = true; };
  };

  containers.runner = {
    autoStart = true;
    bindMounts.${config.age.secrets.runner-token.path}.hostPath = config.age.secrets.runner-token.path;
    bindMounts."/etc/gandi.env".hostPath = config.age.secrets.gandi.path;
    config = { };
  };
}
