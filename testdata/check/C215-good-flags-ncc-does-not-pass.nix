{
  containers.web = {
    privateNetwork = true;
    bindMounts."/data" = { hostPath = "/srv/data"; };
    extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" "--bind=/srv/logs:/var/log/app" "--volatile=state" ];
    config = { };
  };
}
