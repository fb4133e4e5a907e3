# Sources pinned by hand: fetched, so not evaluated by ncc.
{
  keep = builtins.fetchTarball {
    url = "https://example.org/keep/archive/v2.tar.gz";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
}
