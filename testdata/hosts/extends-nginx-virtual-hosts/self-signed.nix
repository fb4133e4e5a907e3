{ config, lib, pkgs, ... }:
with lib;
let
  certificates = "/run/certs";
  virtualHost = { name, config, ... }: {
    options.selfSigned = mkEnableOption "a self-signed certificate for this virtual host";
    config = mkIf config.selfSigned {
      sslCertificate = "${certificates}/${name}.crt";
      sslCertificateKey = "${certificates}/${name}.key";
    };
  };
in
{
  options.services.nginx.virtualHosts = mkOption {
    type = with types; attrsOf (submodule virtualHost);
  };

  config.systemd.services = mapAttrs' (domain: host: {
    name = "${domain}-certificate";
    value = mkIf host.selfSigned {
      serviceConfig.Type = "oneshot";
      requiredBy = [ "nginx.service" ];
      script = "${pkgs.openssl}/bin/openssl req -x509 -noenc -days 365 -subj /CN=${domain} -keyout ${certificates}/${domain}.key -out ${certificates}/${domain}.crt";
    };
  }) config.services.nginx.virtualHosts;
}
