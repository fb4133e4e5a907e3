{ config, lib, ... }:
let
  cfg = config.site.acme;
in
{
  options.site.acme = {
    enable = lib.mkEnableOption "certificates by DNS challenge";
    domain = lib.mkOption {
      type = lib.types.str;
      default = "example.org";
    };
  };

  config = lib.mkIf cfg.enable {
    security.acme = {
      acceptTerms = true;
      defaults.email = "hostmaster@${cfg.domain}";
      certs.${cfg.domain} = {
        extraDomainNames = [ "*.${cfg.domain}" ];
        dnsProvider = "rfc2136";
        group = "acme";
      };
    };
  };
}
