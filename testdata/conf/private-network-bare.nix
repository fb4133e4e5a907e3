# privateNetwork with no network option set: PRIVATE_NETWORK=1 and the seven empty
# slots of the block, each a blank line.
{
  system.stateVersion = "25.11";
  containers.isolated = {
    path = "/nix/store/0c1kfqh1v9n3qlm4j8pq2fzvvh7a2c9z-nixos-system-isolated-25.11";
    privateNetwork = true;
  };
}
