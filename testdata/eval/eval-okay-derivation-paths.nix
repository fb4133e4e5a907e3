# Derivations name their .drv file and outputs as Nix does: from the ATerm text of the
# store derivation (every attribute as a variable, escaped), its inputs through the
# context of the strings given, fixed outputs by their hash alone.
let
  base = {
    system = "x86_64-linux";
    builder = "/bin/sh";
  };
  a = derivation (base // {
    name = "a";
    args = [ "-c" "echo \"quoted\" \\ back\nslash\ttab" ];
    outputs = [ "out" "dev" "lib" ];
  });
  flat = derivation (base // {
    name = "flat";
    outputHashAlgo = "sha256";
    outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73";
  });
  recursive = derivation (base // {
    name = "recursive";
    outputHashMode = "recursive";
    outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  });
  sha1 = derivation (base // {
    name = "sha1";
    outputHash = "sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709";
  });
  b = derivation (base // {
    name = "b";
    builder = "${a}/bin/sh";
    dev = a.dev;
    libraries = [ a.lib "${flat}/x" recursive sha1 ];
    number = 42;
    yes = true;
    no = false;
    nothing = null;
    float = 1.5;
    nested = [ 1 [ 2 [ "three" ] ] ];
  });
  c = derivation (base // {
    name = "c-1.0";
    __ignoreNulls = true;
    skipped = null;
    b = b.outPath;
    text = "a ${builtins.unsafeDiscardOutputDependency b.drvPath} in the middle";
  });
in {
  inherit (a) drvPath outPath;
  aOutputs = map (o: a.${o}.outPath) a.outputs;
  aNames = builtins.attrNames a;
  aOutputName = [ a.outputName a.dev.outputName (builtins.length a.all) ];
  flat = [ flat.drvPath flat.outPath ];
  recursive = [ recursive.drvPath recursive.outPath ];
  sha1 = [ sha1.drvPath sha1.outPath ];
  b = [ b.drvPath b.outPath ];
  c = [ c.drvPath c.outPath ];
  strict = builtins.derivationStrict (base // { name = "s"; outputs = [ "x" "y" ]; });
  type = [ a.type (builtins.typeOf derivation) ];
  drvAttrs = builtins.attrNames b.drvAttrs;
  toString = toString a.dev;
  interpolated = "${b}";
}
