{ pkgs, ... }:
pkgs.substituteAll {
  name = "motd";
  src = ./motd.in;
  hostname = "lab";
}
// { meta.description = "The lab's message of the day"; }
