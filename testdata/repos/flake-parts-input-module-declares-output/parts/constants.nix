{ ... }: {
  flake.lib.constants.scratchRoot = "/srv/scratch";
  flake.lib.constants.uids = {
    ines = 1201;
    omar = 1202;
  };
}
