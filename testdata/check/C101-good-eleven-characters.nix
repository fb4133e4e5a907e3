# Eleven characters with a private network, and a longer name without one.
{
  containers.monitoring1 = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
  containers.monitoring-agent-on-host-network.config = { };
}
