lib:
let
  tree = { b = { y = 2; x = 1; }; a = 0; c = { d = { e = "deep"; }; }; };
  pretty = t: { inherit (t) description; check = map t.check [ null true 1 1.5 "s" ./. { a = [ 1 null ]; } [ { } ] (x: x) ]; };
in
{
  mapAttrsToListRecursive = lib.mapAttrsToListRecursive (path: value: "${lib.concatStringsSep "." path}=${toString value}") tree;
  mapAttrsToListRecursive-attrsets = lib.attrsets.mapAttrsToListRecursive (path: value: path) { };
  mapAttrsToListRecursive-leaf-sets = lib.mapAttrsToListRecursive (path: value: value) { a = { }; b.c = [ { d = 1; } ]; };
  mapAttrsToListRecursiveCond = lib.mapAttrsToListRecursiveCond (path: set: !(set ? y)) (path: value: [ path value ]) tree;
  mapAttrsToListRecursiveCond-path = lib.attrsets.mapAttrsToListRecursiveCond (path: _: builtins.length path < 1) (path: _: path) tree;
  genAttrs' = lib.genAttrs' [ "a" "b" ] (n: lib.nameValuePair "x-${n}" n);
  genAttrs'-attrsets = lib.attrsets.genAttrs' [ 1 2 ] (n: { name = toString n; value = n * n; });
  concatAttrValues = lib.concatAttrValues { b = [ 3 4 ]; a = [ 1 2 ]; c = [ ]; };
  concatAttrValues-lists = lib.lists.concatAttrValues { };
  uniqueStrings = lib.uniqueStrings [ "b" "a" "b" "c" "a" ];
  uniqueStrings-lists = lib.lists.uniqueStrings [ ];
  replaceElemAt = lib.replaceElemAt [ 1 2 3 ] 1 "two";
  replaceElemAt-first = lib.lists.replaceElemAt [ 1 2 3 ] 0 0;
  replaceElemAt-out-of-range = lib.replaceElemAt [ 1 2 3 ] 3 4;
  replaceElemAt-negative = lib.lists.replaceElemAt [ 1 ] (-1) 4;
  join = lib.join ", " [ "a" "b" "c" ];
  join-strings = lib.strings.join "" [ ];
  boolToYesNo = [ (lib.boolToYesNo true) (lib.boolToYesNo false) (lib.trivial.boolToYesNo true) ];
  trivial-arithmetic = with lib.trivial; [ (ceil 1.2) (floor 1.8) (div 7 2) (mul 6 7) (lib.ceil (-1.5)) (lib.floor (-1.5)) (lib.div 9 3) (lib.mul 2 2) ];
  compareVersions = [ (lib.compareVersions "1.2" "1.10") (lib.versions.compareVersions "2.0" "2.0") (lib.compareVersions "3" "2.9") ];
  builtins-top-level = [
    (lib.baseNameOf "/a/b.c") (lib.dirOf "/a/b.c") (lib.toString 3) (lib.toJSON { a = [ 1 ]; })
    (lib.fromJSON "[1,{\"a\":true}]") (lib.fromTOML "x = 1") (lib.hashString "sha256" "ncc")
    (lib.parseDrvName "hello-2.12") (lib.tryEval (throw "no")) (lib.hasContext "x")
    (lib.unsafeDiscardStringContext "y") (lib.getContext "z") (lib.toXML 1)
  ];
  # lib.filesystem takes in `builtins.readFileType`, which the Nix 2.8 these cases are
  # captured with lacks, so its names are not among them.
  builtins-namespaces = [
    (lib.strings.appendContext "s" { }) (lib.debug.unsafeGetAttrPos "a" { }) (lib.debug.addErrorContext "c" 1)
  ];
  mkEUI64Suffix = map lib.mkEUI64Suffix [ "66:75:63:6B:20:75" "00-11-22-33-44-55" "0211.2233.4455" "aabbccddeeff" ];
  mkEUI64Suffix-ipv6 = lib.network.ipv6.mkEUI64Suffix "02:00:00:00:00:01";
  mkEUI64Suffix-invalid = lib.mkEUI64Suffix "00:11:22:33:44";
  crossIndex = let x = { pkgsBuildBuild = 1; pkgsBuildHost = 2; pkgsBuildTarget = 3; pkgsHostHost = 4; pkgsHostTarget = 5; pkgsTargetTarget = 6; }; in [
    (lib.renameCrossIndexFrom "pkgs" x)
    (lib.customisation.renameCrossIndexTo "self" (lib.renameCrossIndexFrom "pkgs" x))
    (lib.mapCrossIndex (v: v * 10) (lib.customisation.renameCrossIndexFrom "pkgs" x))
  ];
  cpeFullVersionWithVendor = lib.meta.cpeFullVersionWithVendor "gnu" "1.2.3";
  literalCode = lib.options.literalCode "nix" "{ a = 1; }";
  toCommandLine = lib.cli.toCommandLine (name: { option = "-${name}"; sep = "="; explicitBool = true; }) {
    v = true; verbose = [ true true false null ]; n = null; x = 3; s = "str";
  };
  toCommandLine-separate = lib.cli.toCommandLine (name: { option = "--${name}"; sep = null; explicitBool = false; formatArg = v: "<${toString v}>"; }) {
    a = true; b = false; c = [ 1 2 ]; d = "e";
  };
  toCommandLineGNU = lib.cli.toCommandLineGNU { } { v = true; verbose = false; level = 3; o = "out"; list = [ "a" "b" ]; };
  toCommandLineGNU-explicit = lib.cli.toCommandLineGNU { explicitBool = true; isLong = _: true; } { v = true; w = false; };
  toCommandLineShell = lib.cli.toCommandLineShell (name: { option = "--${name}"; sep = " "; explicitBool = false; }) { m = "it's"; f = true; };
  toCommandLineShellGNU = lib.cli.toCommandLineShellGNU { } { name = "a b"; q = true; };
  types-json = pretty lib.types.json;
  types-toml = pretty lib.types.toml;
  types-serializableValueWith = (lib.types.serializableValueWith { typeName = "YAML"; nullable = false; }).description;
  types-externalPath = { inherit (lib.types.externalPath) name description; check = map lib.types.externalPath.check [ "/etc/x" "rel" "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x" ]; };
  types-optionDeclaration = { inherit (lib.types.optionDeclaration) name description; check = map lib.types.optionDeclaration.check [ (lib.mkOption { }) 1 ]; };
  types-json-option = (lib.evalModules { modules = [ { options.j = lib.mkOption { type = lib.types.json; }; config.j = { a = [ 1 null "x" ]; }; } ]; }).config.j;
  types-toml-null = (lib.evalModules { modules = [ { options.t = lib.mkOption { type = lib.types.toml; }; config.t = { a = null; }; } ]; }).config.t.a;
}
