# The pins, written out by hand here where niv generates a reader of sources.json.
{
  nixpkgs = builtins.fetchTarball "https://example.org/nixpkgs.tar.gz";
}
