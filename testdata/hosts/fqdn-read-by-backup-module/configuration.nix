# A host whose backup module names its repository after the host's FQDN, read with
# `attrByPath` as a module shared with hosts of other systems reads it, and whose
# proxy container bind-mounts the certificate directory named the same way. NixOS
# declares `networking.domain` (default null) and `networking.fqdn` (the host name and
# the domain joined by a dot): here `files.example.org`.
{ config, lib, ... }:
{
  imports = [ ./backup.nix ];

  system.stateVersion = "25.11";
  networking.hostName = "files";
  networking.domain = "example.org";

  containers.proxy = {
    autoStart = true;
    bindMounts."/var/lib/acme/${config.networking.fqdn}" = {
      hostPath = "/var/lib/acme/${config.networking.fqdn}";
      isReadOnly = true;
    };
    config.system.stateVersion = "25.11";
  };
}
