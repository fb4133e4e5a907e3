# lib.versions: parts of version strings. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  part = i: v: b.elemAt (b.splitVersion v) i;
in
{
  splitVersion = b.splitVersion;
  major = part 0;
  minor = part 1;
  patch = part 2;
  majorMinor = v: b.concatStringsSep "." (lib.lists.take 2 (b.splitVersion v));
  pad = n: version:
    let
      numeric = b.head (lib.strings.splitString "-" version);
      suffix = lib.strings.removePrefix numeric version;
    in
    b.concatStringsSep "." (lib.lists.take n (b.splitVersion numeric ++ b.genList (_: "0") n)) + suffix;
}
