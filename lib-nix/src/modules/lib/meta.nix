# lib.meta: package metadata (priorities, names, platforms, licenses, main programs).
# Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (lib.attrsets) isDerivation getBin;

  addMetaAttrs = extra: drv: drv // { meta = (drv.meta or { }) // extra; };
  updateName = f: drv: drv // { name = f drv.name; };
  mapDerivationAttrset = f: set: b.mapAttrs (_: pkg: if isDerivation pkg then f pkg else pkg) set;
  setPrio = priority: addMetaAttrs { inherit priority; };
  lowPrio = setPrio 10;
  hiPrio = setPrio (-10);

  platformMatch = platform: elem:
    if b.isString elem then platform ? system && elem == platform.system
    else lib.attrsets.matchAttrs (if elem ? parsed then elem else { parsed = elem; }) platform;

  licensesSpdx = lib.attrsets.mapAttrs' (_: license: { name = license.spdxId; value = license; })
    (lib.attrsets.filterAttrs (_: license: license ? spdxId) lib.licenses);
  byLowerSpdx = lib.attrsets.mapAttrs' (name: value: { name = lib.strings.toLower name; inherit value; }) licensesSpdx;
  getLicenseFromSpdxIdOr = id: default: byLowerSpdx.${lib.strings.toLower id} or default;

  getExe' = x: y:
    assert lib.assertMsg (isDerivation x)
      "lib.meta.getExe': The first argument is of type ${b.typeOf x}, but it should be a derivation instead.";
    assert lib.assertMsg (b.isString y)
      "lib.meta.getExe': The second argument is of type ${b.typeOf y}, but it should be a string instead.";
    assert lib.assertMsg (b.match ".*/.*" y == null)
      "lib.meta.getExe': The second argument \"${y}\" is a nested path with a \"/\" character, but it should just be the name of the executable instead.";
    "${getBin x}/bin/${y}";
in
{
  inherit addMetaAttrs updateName mapDerivationAttrset setPrio lowPrio hiPrio platformMatch
    licensesSpdx getLicenseFromSpdxIdOr getExe';
  dontDistribute = addMetaAttrs { hydraPlatforms = [ ]; };
  setName = name: drv: drv // { inherit name; };
  appendToName = suffix: updateName (name:
    let parsed = b.parseDrvName name; in "${parsed.name}-${suffix}-${parsed.version}");
  defaultPriority = 5;
  lowPrioSet = mapDerivationAttrset lowPrio;
  hiPrioSet = mapDerivationAttrset hiPrio;
  availableOn = platform: pkg:
    (!(pkg ? meta.platforms) || b.any (platformMatch platform) pkg.meta.platforms)
    && b.all (elem: !platformMatch platform elem) (pkg.meta.badPlatforms or [ ]);
  getLicenseFromSpdxId = id: getLicenseFromSpdxIdOr id
    (lib.trivial.warn "getLicenseFromSpdxId: No license matches the given SPDX ID: ${id}" { shortName = id; });
  getExe = x:
    let
      main = x.meta.mainProgram or null;
      # ncc's stand-in for a package (`pkgs.hello`) reads every attribute as another
      # stand-in: its program is named after it, as nixpkgs assumes without mainProgram.
      program =
        if b.isString main then main
        else if b.isAttrs main then (b.parseDrvName x.name).name
        else lib.trivial.warn
          "getExe: Package ${lib.strings.escapeNixIdentifier x.meta.name or x.pname or x.name} does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set `meta.mainProgram` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo \"bar\"."
          (lib.strings.getName x);
    in
    getExe' x program;
}
