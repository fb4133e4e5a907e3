# A host that runs n8n in a NixOS container and bind-mounts the container's data folder
# from a dataset of its own. The mount point is read from the host's
# `services.n8n.environment.N8N_USER_FOLDER`, though n8n is not enabled on the host: NixOS
# (recent releases) declares it in n8n's environment submodule with the default "/var/lib/n8n",
# the same inside the container. ncc did not model the option: the mount point was unknown
# (N301) and the container's files were not written (N302).
{ config, lib, pkgs, ... }:
let
  stateDir = config.services.n8n.environment.N8N_USER_FOLDER;
in
{
  imports = [ ./hardware-configuration.nix ];

  system.stateVersion = "25.11";
  networking.hostName = "flow";

  containers.automation = {
    autoStart = true;
    ephemeral = true;
    bindMounts.${stateDir} = {
      hostPath = "/tank/automation";
      isReadOnly = false;
    };
    config = { ... }: {
      system.stateVersion = "25.11";
      services.n8n = {
        enable = true;
        openFirewall = true;
        environment.N8N_PORT = "5678";
      };
      environment.systemPackages = [ pkgs.n8n ];
    };
  };
}
