{ lib, ... }:
{
  options.media = {
    network = lib.mkOption { type = lib.types.str; description = "The first three octets of the media network."; };
    movies = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    shows = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  };
}
