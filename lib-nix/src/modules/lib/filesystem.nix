# lib.filesystem: reading directories and classifying paths. Written for ncc after the
# behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  pathType = b.readFileType or (path:
    if !b.pathExists path then b.abort "lib.filesystem.pathType: Path ${toString path} does not exist."
    else if dirOf path == path then "directory"
    else (b.readDir (dirOf path)).${baseNameOf path});
  pathIsDirectory = path: b.pathExists path && pathType path == "directory";

  packagesFromDirectoryRecursive = { callPackage, newScope ? b.throw "lib.packagesFromDirectoryRecursive: newScope wasn't passed in args", directory }@args:
    let
      walk = { callPackage, directory, ... }@args:
        lib.attrsets.concatMapAttrs (name: type:
          let path = directory + "/${name}"; in
          if type == "directory" then { ${name} = packagesFromDirectoryRecursive (args // { directory = path; }); }
          else if type == "regular" && lib.strings.hasSuffix ".nix" name then { ${lib.strings.removeSuffix ".nix" name} = callPackage path { }; }
          else if type == "regular" then { }
          else b.throw ''
            lib.filesystem.packagesFromDirectoryRecursive: Unsupported file type ${type} at path ${toString path}
          '') (b.readDir directory);
    in
    if b.pathExists (directory + "/package.nix") then callPackage (directory + "/package.nix") { }
    else if args ? newScope then
      lib.attrsets.recurseIntoAttrs (lib.customisation.makeScope newScope (self: walk (args // { inherit (self) callPackage newScope; })))
    else walk args;
in
{
  inherit pathType pathIsDirectory packagesFromDirectoryRecursive;
  pathIsRegularFile = path: b.pathExists path && pathType path == "regular";
  haskellPathsInDir = root:
    b.listToAttrs (b.filter ({ name, value }: b.pathExists (value + "/${name}.cabal"))
      (map (name: { inherit name; value = root + "/${name}"; }) (b.attrNames (b.readDir root))));
  locateDominatingFile = pattern: file:
    let
      search = dir:
        let found = b.filter (m: m != null) (map (b.match pattern) (b.attrNames (b.readDir dir))); in
        if found != [ ] then { path = dir; matches = found; }
        else if dir == /. then null
        else search (dirOf dir);
      isDir = file == /. || ((b.readDir (dirOf file)).${baseNameOf file} or null) == "directory";
    in
    search (if isDir then file else dirOf file);
  listFilesRecursive = dir:
    lib.lists.flatten (lib.attrsets.mapAttrsToList (name: type:
      if type == "directory" then lib.filesystem.listFilesRecursive (dir + "/${name}") else dir + "/${name}")
      (b.readDir dir));
  resolveDefaultNix = v:
    if pathIsDirectory v then v + "/default.nix"
    else if b.isString v && lib.strings.hasSuffix "/" v then v + "default.nix"
    else v;
}
