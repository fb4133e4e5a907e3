# A morph network whose machines are made by a helper: each imports its own
# configuration and the shared firewall beside the modules of a pinned repository
# (`[ config ./firewall.nix ] ++ (import sources.modules).all`). ncc does not read the
# pinned list, but the modules written beside it are still the machine's: before, the
# whole `imports` was unknown, the machines had no configuration, and their files were
# checked as hosts of their own (an N301 for morph's `name` argument).
let
  inherit (import ./lib.nix) mkMachine;
in
{
  network.description = "relays";
  relay = mkMachine { name = "relay"; config = ./servers/relay; };
}
