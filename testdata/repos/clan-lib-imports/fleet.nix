{
  quay = { address = "10.40.0.1"; class = "nixos"; };
  buoy = { address = "10.40.0.2"; class = "nixos"; };
  desk = { address = "10.40.0.9"; class = "darwin"; };
}
