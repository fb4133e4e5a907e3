# A colmena hive whose modules each add the keys they need to `deployment.keys` (an
# `attrsOf` of key submodules in colmena, which merges) and their tags to
# `deployment.tags` (a list): ncc accepts colmena's options unchecked, merged as the
# open world merges, never "defined multiple times". A read of what no module sets
# (`deployment.targetPort`, which colmena defaults) is unknown, not missing.
{
  meta.nixpkgs = import ./nixpkgs.nix;

  defaults = { name, ... }: {
    imports = [ ./modules/tailscale.nix ./modules/vault.nix ];
    system.stateVersion = "25.11";
    deployment.targetHost = "${name}.example.net";
    deployment.tags = [ "fleet" ];
  };

  gate = { config, ... }: {
    deployment.tags = [ "edge" ];
    containers.proxy = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.233.4.1";
      localAddress = "10.233.4.2";
      bindMounts."/run/keys/vault.env".hostPath =
        "${config.deployment.keys."vault.env".destDir}/vault.env";
      config.system.stateVersion = "25.11";
    };
    networking.firewall.allowedTCPPorts = [ config.deployment.targetPort ];
  };
}
