lib:
{
  asserts-assertMsg = lib.asserts.assertMsg true "x";
  asserts-assertMsg-false = lib.asserts.assertMsg false "the message";
  asserts-assertOneOf = lib.asserts.assertOneOf "color" "red" [ "red" "blue" ];
  asserts-assertOneOf-bad = lib.asserts.assertOneOf "color" "green" [ "red" "blue" ];
  asserts-assertEachOneOf = lib.asserts.assertEachOneOf "colors" [ "red" "pink" ] [ "red" "blue" ];
  asserts-checkAssertWarn = lib.asserts.checkAssertWarn [ { assertion = false; message = "bad"; } ] [ ] 1;
  versions = with lib.versions; [ (major "1.2.3") (minor "1.2.3") (patch "1.2.3") (majorMinor "1.2.3") (splitVersion "1.2-rc3") (pad 3 "1.2") (pad 3 "1.2-rc1") ];
  fixedPoints-fix = (lib.fixedPoints.fix (self: { a = 1; b = self.a + 1; })).b;
  fixedPoints-fix' = (lib.fixedPoints.fix' (self: { a = 1; })) ? __unfix__;
  fixedPoints-converge = lib.fixedPoints.converge (x: if x > 10 then x else x * 2) 1;
  fixedPoints-extends = lib.fixedPoints.fix (lib.fixedPoints.extends (final: prev: { b = prev.a + 10; }) (self: { a = 1; }));
  fixedPoints-composeExtensions = lib.fixedPoints.fix (lib.fixedPoints.extends (lib.fixedPoints.composeExtensions (f: p: { a = p.a + 1; }) (f: p: { a = p.a * 10; })) (self: { a = 1; }));
  fixedPoints-composeManyExtensions = lib.fixedPoints.fix (lib.fixedPoints.extends (lib.fixedPoints.composeManyExtensions [ (f: p: { a = p.a + 1; }) (f: p: { b = p.a; }) ]) (self: { a = 1; }));
  fixedPoints-makeExtensible = let e = lib.fixedPoints.makeExtensible (self: { a = 1; b = self.a + 1; }); in (e.extend (f: p: { a = 5; })).b;
  fixedPoints-makeExtensibleWithCustomName = let e = lib.fixedPoints.makeExtensibleWithCustomName "more" (self: { a = 1; }); in (e.more (f: p: { b = 2; })).b;
  fixedPoints-toExtension = [ ((lib.fixedPoints.toExtension { a = 1; }) { } { }) ((lib.fixedPoints.toExtension (p: { a = p.x; })) { } { x = 2; }) ];
  debug = with lib.debug; [ (traceIf true "t" 1) (traceVal 2) (traceValFn (x: "v") 3) (traceSeq [ 1 ] 4) (traceSeqN 1 { a.b = 1; } 5) (traceValSeq 6) (traceValSeqFn toString 7) (traceValSeqN 1 8) (traceValSeqNFn toString 1 9) (traceFnSeqN 1 "f" (x: x) 10) ];
  debug-runTests = lib.debug.runTests { testA = { expr = 1; expected = 1; }; testB = { expr = 1; expected = 2; }; other = { expr = 1; expected = 2; }; };
  debug-testAllTrue = lib.debug.testAllTrue [ true false ];
  cli = lib.cli.toGNUCommandLine { } { a = true; b = false; verbose = [ true ]; o = "x"; n = null; l = [ 1 2 ]; };
  cli-shell = lib.cli.toGNUCommandLineShell { } { f = "a b"; x = 1; };
  cli-sep = lib.cli.toGNUCommandLine { optionValueSeparator = "="; } { key = "v"; };
  network-ipv6 = map lib.network.ipv6.fromString [ "2001:DB8::ffff/64" "::1" "fe80::1:2/10" "1:2:3:4:5:6:7:8" "::" ];
  network-ipv6-bad = lib.network.ipv6.fromString "1::2::3";
  network-ipv6-prefix = lib.network.ipv6.fromString "::1/200";
  meta = with lib.meta; [
    (addMetaAttrs { a = 1; } { meta.b = 2; name = "x"; })
    (dontDistribute { name = "x"; })
    (setName "y" { name = "x"; })
    (updateName (n: n + "!") { name = "x"; })
    (appendToName "extra" { name = "foo-1.0"; })
    (mapDerivationAttrset (d: d // { seen = true; }) { a = { type = "derivation"; }; b = 1; })
    defaultPriority
    (setPrio 3 { })
    (lowPrioSet { a = { type = "derivation"; }; })
    (hiPrioSet { a = { type = "derivation"; }; })
    (platformMatch { system = "x86_64-linux"; } "x86_64-linux")
    (availableOn { system = "x86_64-linux"; } { meta.platforms = [ "x86_64-linux" ]; })
    (availableOn { system = "x86_64-linux"; } { meta.platforms = [ "aarch64-linux" ]; })
    (getLicenseFromSpdxId "MIT").shortName
    (getLicenseFromSpdxIdOr "nope" "default")
    (getLicenseFromSpdxIdOr "apache-2.0" null).shortName
    licensesSpdx.MIT.shortName
  ];
  customisation-makeOverridable = let f = lib.makeOverridable ({ a, b ? 2 }: { sum = a + b; }) { a = 1; }; in [ f.sum (f.override { b = 10; }).sum (f.override (old: { a = old.a * 100; })).sum ];
  customisation-callPackageWith = (lib.callPackageWith { a = 1; b = 2; c = 3; } ({ a, b }: { r = a + b; }) { b = 20; }).r;
  customisation-callPackageWith-missing = lib.callPackageWith { abc = 1; } (lib.setFunctionArgs (x: x) (builtins.listToAttrs [ { name = "abd"; value = false; } ])) { };
  customisation-callPackagesWith = builtins.mapAttrs (n: v: v.x) (lib.callPackagesWith { a = 1; } ({ a }: { p = { x = a; }; q = { x = a + 1; }; }) { });
  customisation-makeScope = let s = lib.makeScope (extra: f: args: f (builtins.intersectAttrs (builtins.functionArgs f) extra // args)) (self: { a = 1; b = self.callPackage ({ a }: a + 1) { }; }); in [ s.a s.b ];
  customisation-extendDerivation = (lib.extendDerivation true { extra = 1; } { type = "derivation"; outPath = "/o"; drvPath = "/d"; name = "n"; out = { type = "derivation"; outputName = "out"; outPath = "/o"; drvPath = "/d"; }; }).extra;
  path-append = toString (lib.path.append /foo "bar/baz");
  path-append-bad = lib.path.append /foo "/bar";
  path-hasPrefix = [ (lib.path.hasPrefix /foo /foo/bar) (lib.path.hasPrefix /foo/bar /foo) ];
  path-removePrefix = [ (lib.path.removePrefix /foo /foo/bar/baz) (lib.path.removePrefix /foo /foo) ];
  path-splitRoot = let r = lib.path.splitRoot /foo/bar; in [ (toString r.root) r.subpath ];
  path-hasStorePathPrefix = [ (lib.path.hasStorePathPrefix /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo.drv) (lib.path.hasStorePathPrefix /tmp) ];
  path-subpath = with lib.path.subpath; [ (isValid "foo/bar") (isValid "../x") (isValid "/x") (join [ "foo" "./bar//" "." ]) (components "./a//b/") (normalise "a/./b/") ];
  path-subpath-join-bad = lib.path.subpath.join [ "a" "/b" ];
  filesystem-resolveDefaultNix = lib.filesystem.resolveDefaultNix "/foo/";
  generators-toPretty = lib.generators.toPretty { } { a = [ 1 "two" null true 1.5 ]; "b c" = { }; s = "multi\nline"; f = x: x; g = { a, b ? 1 }: a; };
  generators-toPretty-oneline = lib.generators.toPretty { multiline = false; } { a = [ 1 2 ]; };
  generators-toLua = lib.generators.toLua { } { a = [ 1 "x" true null ]; b.c = 1.5; d = lib.generators.mkLuaInline "vim.fn.x()"; };
  generators-toLua-bindings = lib.generators.toLua { asBindings = true; } { a = 1; "b.c" = "x"; };
  generators-toLua-bad = lib.generators.toLua { asBindings = true; } { "a-b" = 1; };
  generators-toDhall = lib.generators.toDhall { } { a = [ 1 (-2) ]; b = true; c = "s"; };
  generators-toPlist = lib.generators.toPlist { escape = true; } { a = [ 1 "<x>" ]; b = true; c = 1.5; };
  generators-withRecursion = lib.generators.withRecursion { depthLimit = 1; throwOnDepthLimit = false; } { a.b.c = 1; };
  generators-withRecursion-throws = lib.generators.withRecursion { depthLimit = 1; } { a.b.c = 1; };
  generators-mkValueStringDefault = map (lib.generators.mkValueStringDefault { }) [ 1 "s" true null 1.5 ];
  generators-mkDconfKeyValue = lib.generators.mkDconfKeyValue "k" "v";
  generators-toDconfINI = lib.generators.toDconfINI { "org/x" = { a = true; c = "s"; d = [ "x" "y" ]; }; };
  stringsWithDeps = with lib.stringsWithDeps; [ (noDepEntry "a") (fullDepEntry "b" [ "x" ]) (packEntry [ "y" ]) (textClosureList { a = noDepEntry "A"; b = fullDepEntry "B" [ "a" ]; } [ "b" ]) (textClosureMap (s: "<${s}>") { a = noDepEntry "A"; } [ "a" ]) ];
  misc = with lib; [ (maybeAttr "a" 0 { a = 1; }) (maybeAttrNullable "b" 0 { }) (ifEnable false [ 1 ]) (ifEnable false "x") (ifEnable true 1) (checkFlag { flags = [ "x" ]; } "x") (nvs "a" 1) (setAttr { } "a" 1) (setAttrMerge "a" 1 { } (x: x + 1)) (uniqList { inputList = [ 1 2 1 ]; }) (uniqListExt { inputList = [ 1 2 1 ]; }) (condConcat "a" [ "x" "-y" "z" "-w" ] (c: c == "x")) (nixType [ ]) (nixType null) (nixType "s") (imap (i: x: i) [ "a" "b" ]) fakeHash fakeSha256 (mergeAttrsConcatenateValues { a = 1; } { a = [ 2 ]; b = 3; }) (defaultMerge { a = 1; } { b = 2; }) (defaultMergeArg 1 (x: x + 1)) (mergeAttrsWithFunc (a: b: a + b) { a = 1; } { a = 2; }) (mergeAttrsNoOverride { } { buildInputs = [ 1 ]; } { buildInputs = [ 2 ]; }) (getValue { a = 1; } [ ] "a") (checkReqs { } [ ] [ ]) (lazyGenericClosure { startSet = [ { key = 1; } ]; operator = x: [ ]; }) (mapAttrsFlatten (n: v: n) { a = 1; }) ];
  sourceTypes = lib.sourceTypes;
  derivations-optionalDrvAttr = [ (lib.optionalDrvAttr true 1) (lib.optionalDrvAttr false 1) ];
  kernel = [ lib.kernel.yes lib.kernel.no lib.kernel.module lib.kernel.unset (lib.kernel.freeform "x") (lib.kernel.option lib.kernel.yes) ];
  fetchers = lib.fetchers.proxyImpureEnvVars;
  fetchers-normalizeHash = with lib.fetchers; [ (normalizeHash { } { hash = "sha256-B"; foo = 1; }) (normalizeHash { } { sha256 = "0a"; }) (normalizeHash { hashTypes = [ "sha256" "sha512" ]; } { sha512 = ""; }) (normalizeHash { } { hash = ""; }) (normalizeHash { } { outputHash = "x"; hash = "y"; }) (normalizeHash { required = false; } { foo = 1; }) ];
  fetchers-normalizeHash-missing = lib.fetchers.normalizeHash { } { foo = 1; };
  fetchers-normalizeHash-two = lib.fetchers.normalizeHash { } { hash = "a"; sha256 = "b"; };
  fetchers-withNormalizedHash = let fetch = lib.fetchers.withNormalizedHash { } ({ imageName, outputHash, outputHashAlgo, tag ? "latest" }: { inherit imageName outputHash outputHashAlgo tag; }); in [ (fetch { imageName = "web"; hash = "sha256-A"; }) (fetch { imageName = "web"; sha256 = "0a"; tag = "v1"; }) (fetch { imageName = "web"; outputHash = "x"; outputHashAlgo = "sha1"; }) (lib.functionArgs fetch) ];
  fetchers-withNormalizedHash-optional = let fetch = lib.fetchers.withNormalizedHash { } ({ outputHash ? null, outputHashAlgo ? null }: { inherit outputHash outputHashAlgo; }); in [ (fetch { }) (lib.functionArgs fetch) ];
  fetchers-withNormalizedHash-no-outputHash = lib.fetchers.withNormalizedHash { } ({ hash }: hash) { hash = "a"; };
  sources-revOrTag = [ (lib.revOrTag "abc" null) (lib.revOrTag "abc" "v1") ];
  sources-cleanSourceFilter = [ (lib.cleanSourceFilter "/x/.git" "directory") (lib.cleanSourceFilter "/x/a.nix" "regular") (lib.cleanSourceFilter "/x/result" "symlink") (lib.cleanSourceFilter "/x/a~" "regular") ];
  systems-doubles = with lib.systems.doubles; [ linux darwin x86_64 aarch64 i686 x86 arm riscv mips power windows freebsd netbsd openbsd cygwin unix none embedded littleEndian bigEndian gnu ];
  systems-elaborate = map (s: let e = lib.systems.elaborate s; in { inherit (e) system config isLinux isDarwin isx86_64 isi686 isx86 isAarch64 isAarch32 isAarch isRiscV isPower64 is64bit is32bit; cpu = e.parsed.cpu.name; kernel = e.parsed.kernel.name; })
    [ "x86_64-linux" "aarch64-linux" "armv5tel-linux" "armv7l-linux" "i686-linux" "riscv64-linux" "aarch64-darwin" "x86_64-darwin" "powerpc64le-linux" { config = "armv6l-unknown-linux-gnueabihf"; } { system = "aarch64-linux"; } ];
  systems-elaborate-keeps = (lib.systems.elaborate { config = "aarch64-unknown-linux-gnu"; gcc.arch = "armv8-a"; }).gcc;
  systems-examples = with lib.systems.examples; [ raspberryPi armv7l-hf-multiplatform aarch64-multiplatform musl64 gnu64 riscv64 ];
  systems-examples-elaborated = map (e: (lib.systems.elaborate e).system) (with lib.systems.examples; [ raspberryPi aarch64-multiplatform-musl gnu32 riscv32 powernv ]);
  dconf-int-unclear = lib.generators.toDconfINI { "org/gnome/desktop/session".idle-delay = 300; };
  dconf-values = lib.generators.toDconfINI { "org/gnome/x" = { name = "it's"; on = true; scale = 1.5; delay = lib.gvariant.mkUint32 300; keys = [ "a" "b" ]; }; };
  gvariant-of-attrs = lib.gvariant.mkValue { a = 1; };
  gvariant-of-null = lib.gvariant.mkValue null;
  sources-cleanSourceFilter-kept = map (p: lib.cleanSourceFilter "/src/${p.name}" p.type) [ { name = ".git"; type = "regular"; } { name = ".envrc"; type = "regular"; } { name = "main.o"; type = "regular"; } { name = "lib.so"; type = "regular"; } { name = ".#lock"; type = "regular"; } { name = "result"; type = "regular"; } { name = ".pijul"; type = "directory"; } { name = ".jj"; type = "directory"; } { name = ".direnv"; type = "directory"; } { name = "sock"; type = "unknown"; } { name = ".a.swp"; type = "regular"; } ];
  gvariant-printed = with lib.gvariant; map toString [ (mkInt16 (-3)) (mkUint16 3) (mkInt32 3) (mkUint32 3) (mkInt64 3) (mkUint64 3) (mkUchar 200) (mkDouble 2.5) (mkBoolean false) (mkString "a'b\nc") (mkObjectpath "/org/x") (mkEmptyArray type.string) (mkArray [ 1.5 2.5 ]) (mkVariant "v") (mkTuple [ true "x" ]) (mkDictionaryEntry "k" (mkInt32 1)) (mkJust "j") (mkNothing type.string) (mkMaybe type.int32 null) ];
  gvariant-types = with lib.gvariant.type; [ string boolean uchar int16 uint16 int32 uint32 int64 uint64 double variant (arrayOf string) (maybeOf int32) (tupleOf [ string boolean ]) (dictionaryEntryOf string variant) ];
}
