# A package of `{ lib, fetchurl }` (no `...`, no `config`): the module system could not
# call it, so it is no module, and no host reaches it.
{ lib, fetchurl }:
let
  image = fetchurl {
    url = "https://example.org/wallpaper.png";
    hash = lib.fakeHash;
  };
in
lib.recursiveUpdate { name = "wallpaper"; } { src = image; }
