# A host that gets its web server's certificate through nginx's `enableACME` and hands the
# certificate's directory to a container. NixOS's nginx module defines that entry of
# `security.acme.certs`, and ncc does not evaluate it: the entry's `directory` is unknown
# (N301, and no container files, N302), never "attribute missing", even though ncc now
# declares the option for the certificates the host's own modules define
# (`testdata/hosts/acme-cert-directory-read-by-own-option`).
{ config, pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  system.stateVersion = "24.11";
  networking.hostName = "gate";

  security.acme = {
    acceptTerms = true;
    defaults.email = "admin@example.net";
  };

  services.nginx = {
    enable = true;
    virtualHosts."www.example.net" = {
      enableACME = true;
      forceSSL = true;
      locations."/".proxyPass = "http://10.78.0.2:8080";
    };
  };

  containers.app = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.78.0.1";
    localAddress = "10.78.0.2";
    bindMounts."/run/tls" = {
      hostPath = config.security.acme.certs."www.example.net".directory;
      isReadOnly = true;
    };
    config = { ... }: {
      system.stateVersion = "24.11";
      environment.systemPackages = [ pkgs.openssl ];
    };
  };
}
