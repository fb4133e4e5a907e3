# A host whose own module of options runs a mail server in a NixOS container, as flakes of
# 2025-2026 write it: the option `site.mail.certDir` defaults to the directory NixOS keeps
# the domain's ACME certificate in, read from `security.acme.certs.<domain>.directory`,
# and the container bind-mounts it. The certificate is defined by the host's ACME module.
# NixOS declares `directory` read-only with the default "/var/lib/acme/<name>"; ncc did not
# model the option, so the bind mount was unknown (N301) and the container's files were
# not written (N302).
{ config, lib, ... }:
let
  cfg = config.site.mail;
in
{
  imports = [
    ./hardware-configuration.nix
    ./acme.nix
  ];

  options.site.mail = {
    enable = lib.mkEnableOption "the mail container";
    domain = lib.mkOption {
      type = lib.types.str;
      default = config.site.acme.domain;
    };
    certDir = lib.mkOption {
      type = lib.types.str;
      default = config.security.acme.certs.${cfg.domain}.directory;
    };
  };

  config = {
    system.stateVersion = "25.05";
    networking.hostName = "post";

    site.acme.enable = true;
    site.mail.enable = true;

    containers.mail = lib.mkIf cfg.enable {
      autoStart = true;
      ephemeral = true;
      privateNetwork = true;
      hostAddress = "10.77.0.1";
      localAddress = "10.77.0.2";
      bindMounts.${cfg.certDir} = {
        hostPath = cfg.certDir;
        isReadOnly = true;
      };
      config = { ... }: {
        system.stateVersion = "25.05";
        services.postfix.enable = true;
      };
    };
  };
}
