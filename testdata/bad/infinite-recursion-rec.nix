rec {
  address = localAddress;
  localAddress = address;
  containers.web = {
    inherit localAddress;
    privateNetwork = true;
    config = { };
  };
}
