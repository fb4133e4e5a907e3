# No NAT at all: a database that only the host talks to is a correct design.
{
  containers.db = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
