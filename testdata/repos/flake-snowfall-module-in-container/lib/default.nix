{ lib, ... }:
{
  # An option for a port, with its default.
  portOption = default: lib.mkOption {
    type = lib.types.port;
    inherit default;
  };
}
