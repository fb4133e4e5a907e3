# A host whose services each define their OCI container under their own `enable`, as
# repositories with many such services do, and assert on the set the containers make.
# NixOS declares `virtualisation.oci-containers.containers` an `attrsOf (submodule ...)`,
# which leaves out `feeds`, defined only under `mkIf false`: the assertions hold. ncc
# declares it so too (for its `serviceName`), and the first two hold; before, it did not,
# and which names the set has depended on conditions it had not decided there (three
# N301). Whether the set has `feeds` stays unknown (N301), not a failure (M008): as for
# `users.users`, NixOS's own modules may define entries in a set of submodules whose
# other options ncc leaves to the open world. The container beside them is checked as
# always.
{ config, lib, ... }:
let
  service = name: image: { config, lib, ... }: {
    options.homelab.${name}.enable = lib.mkEnableOption name;
    config = lib.mkIf config.homelab.${name}.enable {
      virtualisation.oci-containers.containers.${name} = { inherit image; };
    };
  };
in
{
  imports = [
    (service "wiki" "ghcr.io/example/wiki:1.4")
    (service "feeds" "ghcr.io/example/feeds:2.0")
  ];
  system.stateVersion = "25.11";
  networking.hostName = "shelf";
  homelab.wiki.enable = true;

  assertions = [
    {
      assertion = builtins.attrNames config.virtualisation.oci-containers.containers == [ "wiki" ];
      message = "only the wiki runs on shelf";
    }
    {
      assertion = config.virtualisation.oci-containers.containers == { } || config.homelab.wiki.enable;
      message = "OCI containers need the wiki's podman";
    }
    {
      assertion = !(config.virtualisation.oci-containers.containers ? feeds);
      message = "feeds is off on shelf";
    }
  ];

  containers.reader = {
    privateNetwork = true;
    hostAddress = "10.9.0.1";
    localAddress = "10.9.0.2";
    config = { system.stateVersion = "25.11"; };
  };
}
