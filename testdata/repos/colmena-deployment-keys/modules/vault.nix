{ lib, ... }:
{
  deployment.keys = lib.mkMerge [
    {
      "vault.env" = {
        keyFile = ../secrets/vault.env;
        destDir = "/run/keys";
      };
    }
    (lib.mkIf false { "unused.env".keyFile = ../secrets/unused.env; })
  ];
}
