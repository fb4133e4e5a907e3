{ ... }:
{
  imports = [ ./archive.nix ./feeds.nix ./chat.nix ./mirror.nix ];
}
