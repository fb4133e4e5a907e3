{
  containers.web = {
    privateNetwork = true;
    localMacAddress = "02:23:45:67:89:ab";
    config = { };
  };
}
