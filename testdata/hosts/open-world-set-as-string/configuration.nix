# A third-party module (a flake input's, imported elsewhere, not seen by ncc) declares
# `secrets.<name>` as a submodule whose value interpolates to a directory, as submodules
# may by declaring an option `__toString`. The host writes `"${config.secrets.web}/env"`:
# NixOS builds it; ncc sees only `secrets.web = { }` and cannot know the string, so it
# says so where it matters (the bind mounts) and never calls the interpolation an error.
{ config, ... }:
let
  secrets = config.secrets;
in
{
  secrets.web = { };
  secrets.db.user = "postgres";

  systemd.services.web.serviceConfig.EnvironmentFile = [ "${secrets.web}/environment" ];

  containers.web = {
    autoStart = true;
    bindMounts."/run/secrets/web" = {
      hostPath = "${secrets.web}";
      isReadOnly = true;
    };
    bindMounts."/run/secrets/db".hostPath = "${secrets.db}/password";
    config.system.stateVersion = "25.05";
  };

  system.stateVersion = "25.05";
}
