# What ncc's schema defines of options NixOS declares and schema.nix leaves to the open
# world. Apart from schema.nix, which nixpkgs lib evaluates by itself as well
# (scripts/compare-with-nix.sh, scripts/compare-eval-json.sh), where an option nothing
# declares may not be defined; ncc's schema imports it (schema.rs).
{ config, lib, ... }:
{
  # NixOS's `networking.fqdn` joins the host name and the domain (modules read it to name
  # virtual hosts, certificates and backup targets), and fails where either is missing,
  # unless a module ncc does not evaluate sets the domain. ncc defines it, at the priority
  # of NixOS's default, only where it has both: elsewhere it stays the open world's,
  # unknown where it is read, as before. Recent releases let a host set it itself.
  config.networking.fqdn =
    let cfg = config.networking; in
    lib.mkIf (cfg.hostName != "" && cfg.domain != null) (lib.mkOptionDefault "${cfg.hostName}.${cfg.domain}");
}
