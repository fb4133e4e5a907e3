{
  containers.relay = {
    autoStrat = true;
    config = { };
  };
}
