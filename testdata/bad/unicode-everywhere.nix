{
  containers."wëb🚀" = {
    config = { };
    hostAddress = "１０.０.０.１";
  };
}
