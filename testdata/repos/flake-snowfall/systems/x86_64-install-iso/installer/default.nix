{ ... }:
{
  # Built by nixos-generators as an installer image: not one of the flake's NixOS hosts.
  services.openssh.enable = true;
}
