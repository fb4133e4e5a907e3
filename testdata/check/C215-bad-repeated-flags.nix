# Flags ncc already passes for these options.
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    ephemeral = true;
    bindMounts."/data" = { hostPath = "/srv/data"; };
    extraFlags = [ "--private-network" "--network-veth" "-x" "--bind-ro=/srv/data:/data" ];
    config = { };
  };
}
