# A 16-character name with a private network: the host-side interface would be
# `ve-monitoring-agent`, longer than the 15 bytes Linux allows before 5.8.
{
  containers.monitoring-agent = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
