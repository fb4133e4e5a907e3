{ ... }: {
  flake.lib.scratchFor = user: {
    fileSystems."/home/${user}/scratch" = {
      device = "/srv/scratch/${user}";
      fsType = "none";
      options = [ "bind" ];
    };
  };
}
