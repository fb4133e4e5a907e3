{ inputs, flake, ... }:
{
  # The address of host `n` on the containers' network.
  address = n: "10.242.0.${toString n}";
}
