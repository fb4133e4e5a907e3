# A machine's configuration kept as a directory, /etc/nixos/configuration.nix being
# `import /home/me/conf`: its default.nix sets nothing of a whole machine itself and
# imports the directories that do (the state version in system/) and the containers.
# With nothing given it is the host, as with every file given: system/ is checked
# through it, and the container that forwards a port without privateNetwork is found.
{ pkgs, ... }:
{
  time.timeZone = "Europe/Lisbon";
  nixpkgs.config.allowUnfree = true;

  imports = [
    ./system
    ./containers
  ];
}
