{
  machines.quay = { imports = [ ../hosts/quay.nix ]; };
  machines.buoy = ../hosts/buoy.nix;
  machines.desk = { system.primaryUser = "ada"; };
}
