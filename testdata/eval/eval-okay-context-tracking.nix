# What keeps a string's context and what drops it, read back with getContext.
let
  drv = derivation {
    name = "d";
    system = "x86_64-linux";
    builder = "/bin/sh";
    outputs = [ "out" "doc" ];
  };
  store = builtins.storePath "/nix/store/ffffffffffffffffffffffffffffffff-source";
  made = builtins.appendContext "text" {
    "/nix/store/ffffffffffffffffffffffffffffffff-y" = { path = true; };
    ${builtins.unsafeDiscardStringContext drv.drvPath} = { outputs = [ "doc" "out" ]; };
  };
  get = builtins.getContext;
in {
  outPath = get drv.outPath;
  drvPath = get drv.drvPath;
  interpolated = get "${drv} and ${drv.doc} and ${store}";
  set = get (toString drv);
  plus = get (drv.outPath + "/bin");
  pathPlus = builtins.isPath (./. + "/x");
  storePath = get store;
  appended = get made;
  has = map builtins.hasContext [ made "plain" "${drv}" (builtins.unsafeDiscardStringContext made) ];
  substring = get (builtins.substring 0 0 made);
  replaceUnused = get (builtins.replaceStrings [ "zzz" ] [ drv.outPath ] "abc");
  replaceUsed = get (builtins.replaceStrings [ "b" ] [ drv.outPath ] "abc");
  replaceIn = get (builtins.replaceStrings [ "t" ] [ "T" ] made);
  separator = get (builtins.concatStringsSep store [ "one" ]);
  concat = get (builtins.concatStringsSep " " [ "a" made ]);
  baseName = get (baseNameOf made);
  dirName = get (dirOf made);
  json = get (builtins.toJSON { inherit drv; list = [ made ]; });
  xml = builtins.hasContext (builtins.toXML made);
  listToString = get (toString [ 1 made null ]);
  match = get (builtins.head (builtins.match "(.*)" made));
  split = get (builtins.head (builtins.split "x" made));
  hash = get (builtins.hashString "sha256" made);
  length = builtins.stringLength made;
  equal = [ (made == "text") (made < "texu") ];
  discardOutput = get (builtins.unsafeDiscardOutputDependency "${drv.drvPath}${drv}");
  placeholder = builtins.placeholder "out";
  attrName = builtins.attrNames (builtins.listToAttrs [ { name = builtins.unsafeDiscardStringContext made; value = 1; } ]);
}
