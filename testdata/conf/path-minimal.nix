# The smallest `path` container, with system.stateVersion left at its default (the
# release of lib, 25.11): SYSTEM_PATH and every empty slot's blank line.
{
  containers.minimal = {
    path = "/nix/store/5mwfk3a2hm9y5qd3cbh0m2w3w0s7sxmc-nixos-system-minimal-25.11";
  };
}
