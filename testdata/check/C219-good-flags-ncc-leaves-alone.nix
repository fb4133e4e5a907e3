{
  containers.web = {
    bindMounts."/data" = { hostPath = "/srv/data"; };
    extraFlags = [ "--bind=/srv/logs:/var/log/app" "--volatile=state" "--network-zone=lab" ];
    config = { };
  };
  containers.vpn = {
    networkNamespace = "/run/netns/vpn";
    extraFlags = [ "--read-only" ];
    config = { };
  };
}
