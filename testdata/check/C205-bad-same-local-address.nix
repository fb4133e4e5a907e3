# Two containers with one local address, and one whose local address is a host address.
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
    localAddress = "10.231.136.2";
    config = { };
  };
  containers.red = {
    privateNetwork = true;
    hostAddress = "10.231.136.3";
    localAddress = "10.231.136.1";
    config = { };
  };
}
