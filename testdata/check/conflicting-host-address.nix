{
  imports = [
    { containers.web.hostAddress = "10.0.0.1"; }
    { containers.web.hostAddress = "10.0.0.9"; }
  ];
  containers.web = {
    privateNetwork = true;
    config = { };
  };
}
