# The unit of a declared container, another service, and a drop-in for an imperative
# container `legacy` (created with nixos-container) are all fine.
{
  containers.web.config = { };
  systemd.services."container@web".serviceConfig.MemoryMax = "2G";
  systemd.services."container@legacy" = {
    overrideStrategy = "asDropin";
    serviceConfig.MemoryMax = "1G";
    environment.LANG = "C.UTF-8";
    wantedBy = [ "machines.target" ];
  };
  systemd.services.nginx.serviceConfig.LimitNOFILE = 65536;
}
