# `derivation`: the paths `derivationStrict` computes (`paths`, given by ncc), given back
# as one set per output.
# Each output's set holds every attribute given, every output's set by its name, `all`
# of them, and its own `outPath`, `outputName`, the shared `drvPath` and
# `type = "derivation"`; the first output's set is the value.
paths:
attributes@{ outputs ? [ "out" ], ... }:
let
  shared = attributes // builtins.listToAttrs byName // {
    all = map (named: named.value) byName;
    drvAttrs = attributes;
  };
  forOutput = outputName: {
    name = outputName;
    value = shared // {
      outPath = paths.${outputName};
      drvPath = paths.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };
  byName = map forOutput outputs;
in
(builtins.head byName).value
