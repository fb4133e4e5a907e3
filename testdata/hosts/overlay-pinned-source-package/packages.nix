# The host's own packages: one of them is a pinned source's default.nix, which
# callPackage imports as nixpkgs does (a set with an `outPath` stands for its path).
self: super:
let
  sources = import ./nix/sources.nix;
in
{
  chat-bot = self.callPackage sources.chat-bot { };
}
