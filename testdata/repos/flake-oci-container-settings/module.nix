{ config, lib, ... }:
let
  # Each app's settings: plain data, read here and turned into OCI containers.
  apps = import ./apps;
  cfg = config.services.selfhosted;
  toOci = name: app: {
    inherit (app) image;
    ports = map (p: "${p.host}:${p.container}") (app.ports or [ ]);
    environment = lib.genAttrs (app.environment or [ ]) (_: "");
  };
in
{
  options.services.selfhosted.enable = lib.mkEnableOption "the self-hosted apps";

  config = lib.mkIf cfg.enable {
    virtualisation.oci-containers.containers = lib.concatMapAttrs
      (_: app: lib.mapAttrs toOci app.containers)
      apps;
  };
}
