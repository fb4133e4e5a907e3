{
  containers.web = {
    privateNetwork = true;
    forwardPorts = [ { hostPort = 70000; containerPort = 80; } ];
    config = { };
  };
}
