# Applications as OCI containers, each declared with every option NixOS gives an OCI
# container and a port of its own, and handed to NixOS under its full name.
{ config, lib, options, ... }:
let
  inherit (lib) mkOption types;
  appOptions = { name, ... }: {
    options = builtins.removeAttrs
      (options.virtualisation.oci-containers.containers.type.getSubOptions [ ])
      [ "_module" "serviceName" ]
    // {
      fullName = mkOption {
        type = types.str;
        default = "lab-${name}";
        readOnly = true;
        description = "The name NixOS runs the application's container by.";
      };
      hostPort = mkOption {
        type = types.port;
        description = "The host port the application listens on.";
      };
    };
  };
in
{
  options.lab.apps = mkOption {
    type = types.attrsOf (types.submodule appOptions);
    default = { };
    description = "Applications of the lab, each an OCI container.";
  };

  config.virtualisation.oci-containers = {
    backend = "podman";
    containers = lib.mapAttrs' (_: app:
      lib.nameValuePair app.fullName (builtins.removeAttrs app [ "fullName" "hostPort" ]))
      config.lab.apps;
  };
}
