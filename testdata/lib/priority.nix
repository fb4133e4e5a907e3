lib:
let
  drv = { type = "derivation"; name = "hello-2.12"; pname = "hello"; version = "2.12"; outPath = "/nix/store/aaaa-hello"; bin = { outPath = "/nix/store/bbbb-hello-bin"; }; meta.mainProgram = "hello"; };
  plain = { type = "derivation"; name = "foo-1.0"; outPath = "/nix/store/cccc-foo"; };
in
{
  getExe = lib.getExe drv;
  getExe-no-main = lib.getExe plain;
  "getExe'" = lib.getExe' drv "hello-cli";
  "getExe'-not-drv" = lib.getExe' { } "x";
  "getExe'-nested" = lib.getExe' drv "a/b";
  makeBinPath = lib.makeBinPath [ drv plain "/opt/x" null ];
  makeLibraryPath = lib.makeLibraryPath [ plain { lib = "/l"; out = "/o"; } ];
  makeSearchPath = lib.makeSearchPath "share" [ "/a" "/b" ];
  getName = [ (lib.getName drv) (lib.getName "openssl-3.0.1") (lib.getName plain) ];
  getVersion = [ (lib.getVersion drv) (lib.getVersion "openssl-3.0.1") ];
  forEach = lib.forEach [ 1 2 3 ] (x: x * 2);
  hiPrio = (lib.hiPrio plain).meta;
  lowPrio = (lib.lowPrio drv).meta;
  toHexString = map lib.toHexString [ 0 9 10 255 4096 ];
  fromHexString = map lib.fromHexString [ "ff" "0x10" "FF" ];
  stringAfter = lib.stringAfter [ "users" ] "echo hi";
  filterAttrsRecursive = lib.filterAttrsRecursive (n: v: v != null) { a = 1; b = null; c = { d = null; e = 2; }; };
  isDerivation = [ (lib.isDerivation drv) (lib.isDerivation { }) (lib.isDerivation "x") ];
  getOutput = [ (lib.getOutput "bin" drv).outPath (lib.getOutput "dev" drv).outPath ];
  getBin = (lib.getBin drv).outPath;
  extend = (lib.extend (final: prev: { answer = 42; myId = final.id; })).answer;
  extend-keeps = (lib.extend (final: prev: { })).mkIf true 1;
  toINI = lib.generators.toINI { } { main = { a = 1; b = "x"; c = true; }; "sec[1]" = { d = 1.5; }; };
  toINI-dup = lib.generators.toINI { listsAsDuplicateKeys = true; } { s = { k = [ 1 2 ]; }; };
  toKeyValue = lib.generators.toKeyValue { } { a = 1; b = "two"; c = false; };
  toKeyValue-sep = lib.generators.toKeyValue { mkKeyValue = lib.generators.mkKeyValueDefault { } ": "; } { a = 1; };
  mkKeyValueDefault = lib.generators.mkKeyValueDefault { } "=" "k=ey" null;
  mkValueStringDefault-list = lib.generators.mkValueStringDefault { } [ 1 ];
  toYAML = lib.generators.toYAML { } { a = [ 1 2 ]; };
  toJSON = lib.generators.toJSON { } { a = [ 1 2 ]; b = null; };
  toINIWithGlobalSection = lib.generators.toINIWithGlobalSection { } { globalSection = { g = 1; }; sections = { s = { x = "y"; }; }; };
  toGitINI = lib.generators.toGitINI { user = { name = "A"; email = "a@b"; }; "remote.origin" = { url = "x"; }; core.x.y = true; };
  licenses-mit = lib.licenses.mit;
  licenses-free = lib.licenses.unfree.free;
  platforms-linux = lib.platforms.linux;
  platforms-darwin = lib.platforms.darwin;
  platforms-x86_64 = lib.platforms.x86_64;
  platforms-aarch64 = lib.platforms.aarch64;
  platforms-unix = lib.platforms.unix;
  platforms-all = lib.platforms.all;
  platforms-windows = lib.platforms.windows;
  flakeExposed = lib.systems.flakeExposed;
  types-addCheck = (lib.types.addCheck lib.types.int (x: x > 0)).check 3;
  evalModules-addCheck = (lib.evalModules { modules = [ { options.x = lib.mkOption { type = lib.types.addCheck lib.types.int (x: x > 0); }; config.x = 5; } ]; }).config.x;
  evalModules-addCheck-fail = (lib.evalModules { modules = [ { options.x = lib.mkOption { type = lib.types.addCheck lib.types.int (x: x > 0); }; config.x = -5; } ]; }).config.x;
  mkRenamedOptionModule = (lib.evalModules { modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.int; default = 1; }; }
    { old = 7; }
  ]; }).config.new;
  mkAliasOptionModule = (lib.evalModules { modules = [
    (lib.mkAliasOptionModule [ "a" ] [ "b" ])
    { options.b = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { a = [ "x" ]; }
    { b = [ "y" ]; }
  ]; }).config.b;
  mkRemovedOptionModule = (lib.evalModules { modules = [
    (lib.mkRemovedOptionModule [ "gone" ] "Use something else.")
    { options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; }; }
    { gone = true; }
  ]; }).config.assertions;
  mkPackageOption = let o = lib.mkPackageOption { hello = drv; } "hello" { }; in [ o.description o.defaultText o.default.name ];
  mkPackageOption-missing = (lib.mkPackageOption { } "nope" { }).default;
  mkPackageOption-nullable = let o = lib.mkPackageOption { } "hello" { nullable = true; default = null; }; in [ o.description (o.default or "none") o.type.description ];
  mkEnableOption = let o = lib.mkEnableOption "the thing"; in [ o.description o.default o.example o._type ];
}
