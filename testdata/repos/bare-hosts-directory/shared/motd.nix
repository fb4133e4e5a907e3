{ writeText }:
writeText "motd" "managed by nixos-rebuild"
