# Flags that keep the container from starting or from running its NixOS.
{
  containers.web = {
    bindMounts."/data" = { hostPath = "/srv/data"; };
    extraFlags = [ "--bind=/srv/other:/data" "--bind-ro=/srv/store:/nix/store" "--boot" ];
    config = { };
  };
  containers.vpn = {
    networkNamespace = "/run/netns/vpn";
    extraFlags = [ "--network-veth" ];
    config = { };
  };
  # --volatile takes its value only as --volatile=state: "state" becomes the command.
  containers.db = {
    extraFlags = [ "--volatile" "state" ];
    config = { };
  };
}
