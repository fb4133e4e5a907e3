# A host enabling a module whose options are typed by `pkgs.formats.<format> { }`: the
# definitions are checked against the format's value type (nested sets, lists, null),
# and a value read through the recursive type merges as NixOS merges it.
{ ... }:
{
  imports = [ ./exporter.nix ];

  services.exporter = {
    enable = true;
    settings = {
      listen.port = 9200;
      collectors = [ "cpu" { name = "disk"; paths = [ "/" "/srv" ]; } ];
      log = { level = "info"; file = null; };
    };
    environment = { RUST_LOG = "info"; THREADS = 4; };
    targets = [ { host = "a"; } ];
  };

  system.stateVersion = "25.05";
}
