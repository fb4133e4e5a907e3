# One host address for several containers works: each veth gets it as a /32.
{
  containers.blue = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
  containers.green = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    config = { };
  };
}
