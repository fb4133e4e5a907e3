# The lowest bit of 01 is set: a multicast address no interface can have.
{
  containers.web = {
    privateNetwork = true;
    localMacAddress = "01:23:45:67:89:ab";
    config = { };
  };
}
