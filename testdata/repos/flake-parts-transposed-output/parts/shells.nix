{
  perSystem =
    { pkgs, ... }:
    {
      packages.motd = pkgs.writeText "motd" "welcome to ${pkgs.lib.site.name}";
      devShells.default = pkgs.mkShell { packages = [ pkgs.nixfmt-rfc-style ]; };
      formatter = pkgs.nixfmt-rfc-style;
    };
}
