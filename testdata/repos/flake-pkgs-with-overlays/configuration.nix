{ pkgs, ... }: {
  my.wiki = { enable = true; hostNumber = 300; };
  environment.etc.motd.source = pkgs.motd;
  system.stateVersion = "25.11";
}
