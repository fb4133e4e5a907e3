# lib.sources: filtered source trees and git metadata. Written for ncc after the behaviour
# of nixpkgs lib 25.11. ncc has no store: a cleaned source's `outPath` is what
# `builtins.path` gives where it exists.
lib:
let
  b = builtins;
  inherit (lib.strings) hasSuffix hasPrefix;

  # What nixpkgs 25.11 leaves out of a cleaned source: version control, editor backups and
  # swap files, objects, `result` links and files the store cannot hold.
  cleanSourceFilter = name: type:
    let base = baseNameOf (toString name); in
    !(base == ".git"
      || (type == "directory" && b.elem base [ ".svn" "CVS" ".hg" ".jj" ])
      || hasSuffix "~" base
      || b.match "^\\.sw[a-z]$" base != null
      || b.match "^\\..*\\.sw[a-z]$" base != null
      || hasSuffix ".o" base
      || hasSuffix ".so" base
      || (type == "symlink" && hasPrefix "result" base)
      || type == "unknown");

  fromSourceAttributes = { origSrc, filter, name }: {
    _isLibCleanSourceWith = true;
    inherit origSrc filter name;
    outPath = b.path { inherit filter name; path = origSrc; };
  };

  cleanSourceWith = { src, filter ? (_: _: true), name ? null }:
    let
      orig = if src._isLibCleanSourceWith or false then src else {
        origSrc = src;
        filter = _: _: true;
        name = if src ? name then src.name else "source";
      };
    in
    fromSourceAttributes {
      inherit (orig) origSrc;
      filter = path: type: filter path type && orig.filter path type;
      name = if name != null then name else orig.name;
    };

  pathIsGitRepo = path: (b.tryEval (lib.sources.commitIdFromGitRepo path)).success;
in
{
  inherit cleanSourceFilter cleanSourceWith pathIsGitRepo;
  inherit (lib.filesystem) pathType pathIsDirectory pathIsRegularFile;
  cleanSource = src: cleanSourceWith { filter = cleanSourceFilter; inherit src; };
  canCleanSource = src: src ? _isLibCleanSourceWith || !(b.isString src && lib.strings.isStorePath src) && (b.isPath src || b.isString src);
  trace = src: src;
  sourceByRegex = src: regexes:
    let
      root = toString src;
      keep = path: type:
        let relative = lib.strings.removePrefix (root + "/") (toString path); in
        b.any (re: b.match re relative != null) regexes;
    in
    cleanSourceWith { filter = keep; inherit src; };
  sourceFilesBySuffices = src: suffixes:
    cleanSourceWith {
      filter = name: type:
        type == "directory" || b.any (s: hasSuffix s (baseNameOf name)) suffixes;
      inherit src;
    };
  commitIdFromGitRepo = path:
    let
      head = lib.strings.fileContents (path + "/HEAD");
      ref = b.match "^ref: (.*)$" head;
    in
    if ref == null then head else lib.strings.fileContents (path + "/${b.head ref}");
  pathHasContext = b.hasContext;
  shortRev = rev: b.substring 0 7 rev;
  revOrTag = rev: tag: if tag != null then tag else rev;
  repoRevToName = kind: lib.sources.repoRevToNameFull kind null;
  repoRevToNameFull = kind: url: rev:
    let
      base = if url == null then "source" else lib.sources.urlToName url;
      shown = if b.match "[a-f0-9]{40}" rev != null then b.substring 0 7 rev else rev;
    in
    if kind == "full" then "${base}-${shown}" else "source";
  urlToName = url:
    let
      last = lib.lists.last (lib.strings.splitString "/" (lib.strings.removeSuffix "/" url));
    in
    lib.strings.removeSuffix ".git" last;
}
