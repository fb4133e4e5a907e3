# The build network's addresses and the queue's identity, read by the machines' modules
# (`let constants = import ./constants.nix; in ...`): data, though it has a `network`.
{
  queue = {
    name = "queue";
    address = "10.40.0.2";
    stateVersion = "24.11";
  };

  network = {
    uplink = "enp1s0";
    subnets = {
      builders = { prefix = "10.40.0.0"; length = 24; gateway = "10.40.0.1"; };
      storage = { prefix = "10.40.8.0"; length = 24; gateway = "10.40.8.1"; };
    };
  };
}
