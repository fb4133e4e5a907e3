# The pins, as a hand-written set where niv generates a reader of sources.json.
{
  nixpkgs = builtins.fetchTarball "https://example.org/nixpkgs.tar.gz";
  modules = builtins.fetchTarball "https://example.org/modules.tar.gz";
}
