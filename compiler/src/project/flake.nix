# How ncc evaluates a flake: the values its `outputs` function is given in place of the
# inputs Nix would fetch. compiler/src/project/flake.rs calls this file with ncc's `lib`
# and `opaque`, a placeholder whose every attribute is another placeholder (what ncc
# knows nothing of), `knownStrings`, which gives a list of strings back or `null`
# where ncc cannot know it (see flake.rs), and `extraContainerModule`, ncc's stand-in for
# extra-container's module (stand-ins/extra-container.nix); it builds the inputs from
# what `wire` returns. `hostConfig` gives the `config` of the host a `lib.nixosSystem` call
# makes, as a flake reads it while making its outputs (see flake.rs).
{ lib, opaque, knownStrings, extraContainerModule, hostConfig }:
rec {
  # A host ncc checks: `lib.nixosSystem` records its arguments, and flake.rs checks
  # each `nixosConfigurations.<name>` holding one as a host of its own. Its `config` is a
  # placeholder but for the host's `networking.hostName`, which a flake may name it by
  # (`nameValuePair system.config.networking.hostName system`).
  nixosSystem = args: {
    _type = "configuration";
    _nccNixosSystem = args;
    config = hostConfig args;
    options = opaque.options;
    pkgs = opaque.pkgs;
    # NixOS's `extendModules`: the same evaluation with the extension's modules after
    # the base's, and its special arguments over the base's.
    extendModules = extension: nixosSystem (args // {
      modules = (args.modules or [ ]) ++ (extension.modules or [ ]);
      specialArgs = (args.specialArgs or { }) // (extension.specialArgs or { });
    });
    _module = {
      args.modules = args.modules or [ ];
      specialArgs = args.specialArgs or { };
    };
  };

  # `import <nixpkgs/nixos> { configuration = ...; }`, nixpkgs/nixos/default.nix: a NixOS
  # system of that one module, recorded as `nixosSystem` records one; its `system` (the
  # toplevel a hosts table often takes) carries the record too. Given no configuration,
  # nixos/default.nix reads the machine's own from `<nixos-config>`, which ncc does not
  # know: that system is the placeholder's, and no host of the repository.
  nixos = { configuration ? null, ... }@args:
    let host = nixosSystem { modules = [ args.configuration ]; system = args.system or builtins.currentSystem; };
    in if !(args ? configuration) then {
      inherit (opaque) config options pkgs system vm vmWithBootLoader;
    } else {
      inherit (host) config options pkgs;
      _nccNixosSystem = host._nccNixosSystem;
      system = opaque.system // { _nccNixosSystem = host._nccNixosSystem; };
      vm = opaque.vm;
      vmWithBootLoader = opaque.vmWithBootLoader;
    };

  # colmena's `lib.makeHive`: the hive, kept so that flake.rs checks its nodes.
  colmenaLib = {
    # `nodes` is the placeholder flake.rs knows as HIVE_NODES: a flake's
    # `nixosConfigurations = self.colmenaHive.nodes` is the hive's machines, checked as such.
    # A hive that is a function is called with `{ }`, as colmena's eval.nix calls it.
    makeHive = hive: {
      _nccHive = if builtins.isFunction hive || hive ? __functor then hive { } else hive;
      nodes = opaque.nodes;
      toplevel = opaque.toplevel;
    };
  };

  # gytis-ivaskevicius/flake-utils-plus: its `lib` is flake-utils' with `mkFlake` and the
  # exporters. `mkFlake { self; inputs; hosts; hostDefaults; ... }` makes one
  # configuration per `hosts.<name>` (the name read as a reversed domain name,
  # `com.example.web`: the host name its first label from the end, the domain the rest),
  # in the output its `output` names, `nixosConfigurations` unless it says otherwise, built
  # by its `builder`, else by `lib.nixosSystem` of its channel's input (`channelName`,
  # `nixpkgs` unless it says otherwise: `channels.<name>.input`, else the input of that
  # name). A host's arguments are `hostDefaults`' merged with its own as flake-utils-plus'
  # `mergeAny` merges them (lists joined, `hostDefaults.modules` first; sets updated; the
  # rest the host's). Its modules are flake-utils-plus' own, which sets the host's name and
  # domain, the `nix` flakes setting and, as `_module.args`, `inputs` and `extraArgs`,
  # then the host's, then its `options.nix` module; its special arguments `specialArgs`,
  # `channel` (the channel's package set, ncc's stand-in), `modulesPath` and
  # `<channel>ModulesPath` for each channel `channels` names and the host's own. A host
  # of another output (`darwinConfigurations`) is not a NixOS host: a placeholder. The
  # other arguments are outputs as they are (`nixosModules`, `overlays`, `deploy`, a
  # `nixosConfigurations` written directly, merged with the hosts'); what `outputsBuilder`
  # makes per system, and `pkgs`, the channels, are placeholders: ncc imports no nixpkgs.
  flakeUtilsPlusLibFor = flake: lock: flakeUtilsLib // {
    mkFlake = flakeUtilsPlusMkFlake (nixpkgsInputNames flake lock);
    inherit (flakeUtilsPlus) mergeAny exportModules;
  };

  # The names of the flake's nixpkgs inputs: a channel of one of them is ncc's `pkgs`
  # stand-in, to which a host's channel overlays are applied.
  nixpkgsInputNames = flake: lock:
    builtins.attrNames (lib.filterAttrs (_: kind: kind == "nixpkgs") (inputKinds flake lock));

  flakeUtilsPlus = rec {
    # flake-utils-plus' `lib.mergeAny`: `rhs` over `lhs`, a set updating the set of its
    # name, a list appended to the list of its name.
    mergeAny = lhs: rhs:
      lhs // builtins.mapAttrs (name: value:
        if builtins.isAttrs value then (lhs.${name} or { }) // value
        else if builtins.isList value then (lhs.${name} or [ ]) ++ value
        else value) rhs;

    # `lib.exportModules [ ./modules/web.nix { _file = ./db.nix; ... } ]`: each module by
    # the base name of its path, or of its `_file`, without `.nix`.
    exportModules = builtins.foldl' (modules: module:
      let
        file =
          if builtins.isPath module then module
          else if builtins.isFunction module then (module (builtins.functionArgs module))._file
          else module._file;
        name = lib.removeSuffix ".toml" (lib.removeSuffix ".nix" (baseNameOf file));
      in modules // { ${name} = if builtins.isPath module then import module else module; }) { };

    # lib/options.nix, which every host imports (and `nixosModules.autoGenFromInputs` is):
    # its three options and its assertion. The registry, `NIX_PATH` and `/etc/nix/inputs`
    # it makes of the inputs are the open world's.
    optionsModule = { config, lib, ... }: {
      _file = "<ncc stand-in for flake-utils-plus/lib/options.nix>";
      options.nix = lib.genAttrs [ "generateNixPathFromInputs" "generateRegistryFromInputs" "linkInputs" ]
        (_: lib.mkOption { type = lib.types.bool; default = false; });
      config.assertions = [{
        assertion = !config.nix.generateNixPathFromInputs || config.nix.linkInputs;
        message = "When using 'nix.generateNixPathFromInputs' please make sure to set 'nix.linkInputs = true'";
      }];
    };

    # The module flake-utils-plus puts first in each NixOS host. Its `nix.package` (a
    # package) and `nixpkgs.pkgs` (the channel) are ncc's stand-ins already; the channel
    # is made with `sharedOverlays`, which are the host's first overlays here, so that
    # what they add (`lib.our`, read as `pkgs.lib.our`) is in its `pkgs`.
    hostModule = { name, inputs, extraArgs, sharedOverlays }: { lib, ... }:
      let labels = lib.reverseList (builtins.filter builtins.isString (builtins.split "\\." name));
      in {
        _file = "<ncc stand-in for flake-utils-plus' host module>";
        networking.hostName = builtins.head labels;
        networking.domain =
          if builtins.tail labels == [ ] then lib.mkDefault null
          else lib.concatStringsSep "." (builtins.tail labels);
        nix.extraOptions = "extra-experimental-features = nix-command flakes";
        nixpkgs.overlays = lib.mkIf (sharedOverlays != [ ]) (lib.mkBefore sharedOverlays);
        _module.args = { inherit inputs; } // extraArgs;
      };

    hostArguments = { channelName ? "nixpkgs", system ? "x86_64-linux", output ? "nixosConfigurations"
      , builder ? null, modules ? [ ], extraArgs ? { }, specialArgs ? { } }: {
      inherit channelName system output builder modules extraArgs specialArgs;
    };

    configuration = { inputs, channels, hostDefaults, sharedOverlays, nixpkgsNames }: name: given:
      let
        host = hostArguments (mergeAny hostDefaults given);
        channelInput = channels.${host.channelName}.input or inputs.${host.channelName} or null;
        # flake-utils-plus evaluates a NixOS host with its channel's `lib`, the one the
        # channel's overlays made (`lib.our` of `sharedOverlays`): known where the channel
        # is a nixpkgs input, else nixpkgs' own.
        channelLib =
          if sharedOverlays != [ ] && !(channels ? ${host.channelName}.input) && builtins.elem host.channelName nixpkgsNames
          then { lib = (channelInput.legacyPackages.${host.system}.appendOverlays sharedOverlays).lib; }
          else { };
        builder =
          if host.builder != null then host.builder
          else if channelInput != null then channelInput.lib.nixosSystem
          else nixosSystem;
        channelNames = lib.unique (builtins.attrNames channels ++ [ host.channelName ]);
        modulesPaths = lib.genAttrs (map (channel: "${channel}ModulesPath") channelNames)
          (_: "${opaque.channelSource}/nixos/modules");
      in
      if host.output != "nixosConfigurations" then opaque.${host.output}.${name}
      else builder ({
        inherit (host) system;
        modules = [ (hostModule { inherit name inputs sharedOverlays; inherit (host) extraArgs; }) ]
          ++ host.modules ++ [ optionsModule ];
        specialArgs = modulesPaths // host.specialArgs // { channel = opaque.channel; };
      } // channelLib);
  };

  flakeUtilsPlusMkFlake = nixpkgsNames: { self, inputs, hosts ? { }, channels ? { }
    , hostDefaults ? { system = "x86_64-linux"; modules = [ ]; extraArgs = { }; }
    , supportedSystems ? flakeUtilsLib.defaultSystems, sharedOverlays ? [ ], ... }@args:
    let
      otherArguments = builtins.removeAttrs args [ "inputs" "hosts" "hostDefaults" "nixosProfiles"
        "channels" "channelsConfig" "self" "sharedOverlays" "supportedSystems" "outputsBuilder" ];
      configurations = builtins.mapAttrs
        (flakeUtilsPlus.configuration { inherit inputs channels hostDefaults sharedOverlays nixpkgsNames; }) hosts;
      outputNames = lib.unique (map (given: (flakeUtilsPlus.hostArguments (flakeUtilsPlus.mergeAny hostDefaults given)).output)
        (builtins.attrValues hosts));
      hostOutputs = lib.genAttrs outputNames (output: lib.filterAttrs (name: _:
        (flakeUtilsPlus.hostArguments (flakeUtilsPlus.mergeAny hostDefaults hosts.${name})).output == output) configurations);
      systems = knownStrings supportedSystems;
      perSystem = output: if systems == null then opaque.${output}
        else lib.genAttrs systems (system: opaque.${output}.${system});
      builtOutputs = lib.genAttrs ([ "pkgs" ] ++ lib.optionals (args ? outputsBuilder) [ "packages"
        "apps" "checks" "devShells" "devShell" "defaultPackage" "defaultApp" "legacyPackages" "formatter" ]) perSystem;
    in
    flakeUtilsPlus.mergeAny otherArguments (builtOutputs // hostOutputs);

  # divnix/digga: its `lib` is flake-utils-plus' with `mkFlake`, which evaluates its
  # arguments as a module (they may `imports` others, `nixos` may be a path to one) and
  # hands flake-utils-plus' `mkFlake` one host per `nixos.hosts.<name>` and
  # `darwin.hosts.<name>` (a darwin host is nix-darwin's: a placeholder). A NixOS host's
  # arguments are `nixos.hostDefaults`' merged with its own as `mergeAny` merges them,
  # over digga's own: `system` x86_64-linux, its special arguments `nixos.importables`
  # (`suites` and `profiles`, each suite a flattened list) with `self` and `inputs`, and
  # its modules `hostDefaults.exportedModules` (exported as `nixosModules` too), digga's
  # own defaults (below), then `hostDefaults.modules` (and `externalModules`, which older
  # digga added to every host and newer rejects), then the host's. flake-utils-plus'
  # host module gives the host its name. Its importers read directories as digga's do:
  # `rakeLeaves` (each `.nix` file by its name, each directory with a `default.nix` by
  # its own, any other directory a set of its own leaves), `flattenTree` (the leaves of
  # such a set by their dotted path), `importHosts` (a host of each leaf, named so) and
  # `importExportableModules`; older digga's `importers.*`, `importModules` and its
  # `nixos.profiles` and function `nixos.suites` (2021) too. digga's own overlay
  # (`pkgs.lib.digga`) comes before the flake's `sharedOverlays`, which flake-utils-plus
  # applies to the host's `pkgs` and `lib`. The home-manager, devshell and channel
  # settings are passed on unevaluated; the deploy and home configuration generators
  # are placeholders.
  diggaLibFor = flake: lock: diggaLibWith (nixpkgsInputNames flake lock);
  diggaLibWith = nixpkgsNames: flakeUtilsLib // {
    mkFlake = diggaMkFlake nixpkgsNames;
    inherit (flakeUtilsPlus) mergeAny exportModules;
    inherit (digga) rakeLeaves flattenTree importHosts importExportableModules importOverlays mkProfileAttrs;
    # Older digga's names for the same importers (2021).
    importModules = digga.importExportableModules;
    importers = {
      inherit (digga) rakeLeaves flattenTree mkProfileAttrs;
      overlays = digga.importOverlays;
      modules = digga.importExportableModules;
      hosts = digga.importHosts;
    };
  };

  digga = rec {
    rakeLeaves = dir:
      let
        entry = file: kind:
          let path = dir + "/${file}";
          in {
            name = lib.removeSuffix ".nix" file;
            value =
              if kind == "regular" || builtins.pathExists (path + "/default.nix") then path
              else rakeLeaves path;
          };
        wanted = lib.filterAttrs (file: kind: kind == "directory" || (kind == "regular" && lib.hasSuffix ".nix" file))
          (builtins.readDir dir);
      in lib.filterAttrs (_: leaf: leaf != { }) (lib.mapAttrs' entry wanted);

    flattenTree = tree:
      let
        leaves = prefix: value:
          if builtins.isPath value then [{ name = lib.concatStringsSep "." prefix; inherit value; }]
          else if builtins.isAttrs value then
            lib.concatMap (name: leaves (prefix ++ [ name ]) value.${name}) (builtins.attrNames value)
          else [ ];
      in builtins.listToAttrs (leaves [ ] tree);

    importHosts = dir: { hosts = builtins.mapAttrs (_: leaf: { modules = [ leaf ]; }) (flattenTree (rakeLeaves dir)); };
    importExportableModules = dir: { exportedModules = builtins.attrValues (flattenTree (rakeLeaves dir)); };
    importOverlays = dir: { overlays = lib.mkAfter (builtins.attrValues (flattenTree (rakeLeaves dir))); };

    # Older digga's profiles (2021, `nixos.profiles = [ ./profiles ./users ]` and
    # `nixos.suites = { profiles, users, ... }: { ... }`): each directory of profiles, by
    # its name, a set of its subdirectories (those named `profiles` left out), one with
    # a `default.nix` having it as `default`; a suite the `default` of each profile it
    # lists.
    mkProfileAttrs = dir:
      lib.mapAttrs (name: _:
        let path = "${toString dir}/${name}";
        in lib.optionalAttrs (builtins.pathExists (path + "/default.nix")) { default = path; } // mkProfileAttrs path)
        (lib.filterAttrs (name: kind: kind == "directory" && name != "profiles") (builtins.readDir dir));
    legacySuites = profiles: suites:
      let profileSets = builtins.listToAttrs (map (dir: { name = baseNameOf dir; value = mkProfileAttrs dir; }) profiles);
      in builtins.mapAttrs (_: suite: map (profile: profile.default) (lib.flatten suite)) (suites profileSets);

    # The options of digga's `mkFlake` ncc reads, typed loosely: a value digga would
    # reject (a channel it does not declare) is not ncc's to report. The rest is open.
    # Its sets of settings are `submoduleWith`'s, as digga's are, so that a definition
    # of one may import others (`hostDefaults.imports = [ (importExportableModules ./modules) ]`).
    interface = { self, inputs, ... }:
      let
        types = lib.types;
        submodule = module: types.submoduleWith { modules = [ module ]; };
        pathToOr = type: types.coercedTo types.path import type;
        modulesOf = pathToOr (types.coercedTo types.anything (given: lib.flatten [ given ]) (types.listOf types.raw));
        nullable = type: lib.mkOption { type = types.nullOr type; default = null; };
        modules = lib.mkOption { type = modulesOf; default = [ ]; };
        host = {
          options = {
            system = nullable types.str;
            channelName = nullable types.str;
            inherit modules;
            tests = lib.mkOption { type = types.raw; default = [ ]; };
          };
        };
        hostDefaults.options = host.options // { exportedModules = modules; externalModules = modules; };
        importables = {
          freeformType = types.lazyAttrsOf types.raw;
          options.suites = nullable (pathToOr (types.lazyAttrsOf types.raw));
        };
        systems = {
          options = {
            hosts = lib.mkOption { type = types.attrsOf (submodule host); default = { }; };
            hostDefaults = lib.mkOption { type = submodule hostDefaults; default = { }; };
            importables = lib.mkOption { type = submodule importables; default = { }; };
            profiles = lib.mkOption { type = pathToOr (types.listOf types.raw); default = [ ]; };
            suites = nullable (pathToOr types.raw);
          };
        };
        channel = { name, ... }: {
          freeformType = types.lazyAttrsOf types.anything;
          options.overlays = lib.mkOption { type = modulesOf; default = [ ]; };
          options.input = lib.mkOption { type = types.raw; default = null; };
        };
        systemsOption = lib.mkOption {
          type = pathToOr (types.submoduleWith { specialArgs = { inherit self inputs; }; modules = [ systems ]; });
          default = { };
        };
      in {
        freeformType = types.lazyAttrsOf types.raw;
        options = {
          self = lib.mkOption { type = types.raw; };
          inputs = lib.mkOption { type = types.raw; };
          supportedSystems = lib.mkOption { type = types.listOf types.str; default = flakeUtilsLib.defaultSystems; };
          channels = lib.mkOption { type = pathToOr (types.attrsOf (submodule channel)); default = { }; };
          nixos = systemsOption;
          darwin = systemsOption;
        };
      };

    # digga's own modules in every host: its defaults for users and firmware, the
    # flake's revision, `config.lib.digga` and `config.lib.specialArgs`, and `hmUsers`.
    hostModules = { hmUsers, diggaLib }: [
      ({ self, lib, ... }@args: {
        _file = "<ncc stand-in for digga's host modules>";
        users.mutableUsers = lib.mkDefault false;
        hardware.enableRedistributableFirmware = lib.mkDefault true;
        system.configurationRevision = lib.mkIf (self ? rev) self.rev;
        lib.digga = diggaLib;
        lib.specialArgs = args.specialArgs or { };
        _module.args.hmUsers = hmUsers;
      })
    ];

    # One host's flake-utils-plus arguments: null settings dropped (flake-utils-plus'
    # defaults apply), digga's own settings removed.
    withoutNull = lib.filterAttrs (_: value: value != null);
    hostArguments = defaults: given:
      builtins.removeAttrs (flakeUtilsPlus.mergeAny defaults (withoutNull given))
        [ "exportedModules" "externalModules" "tests" ];
  };

  diggaMkFlake = nixpkgsNames: { self, inputs, ... }@args:
    let
      diggaLib = diggaLibWith nixpkgsNames;
      config = (lib.evalModules {
        specialArgs = { inherit self inputs; };
        modules = [ digga.interface args ];
      }).config;
      importables = config.nixos.importables // {
        suites =
          if config.nixos.suites != null then digga.legacySuites config.nixos.profiles config.nixos.suites
          else if builtins.isAttrs config.nixos.importables.suites
          then builtins.mapAttrs (_: suite: lib.flatten [ suite ]) config.nixos.importables.suites
          else config.nixos.importables.suites;
      };
      hmUsers = if builtins.isAttrs (config.home or null) then config.home.users or { } else opaque.hmUsers;
      nixosDefaults = config.nixos.hostDefaults;
      nixosHostDefaults = flakeUtilsPlus.mergeAny {
        system = "x86_64-linux";
        output = "nixosConfigurations";
        specialArgs = importables // { inherit self inputs; };
        modules = nixosDefaults.exportedModules ++ digga.hostModules { inherit hmUsers diggaLib; };
      } (digga.withoutNull (nixosDefaults // { modules = nixosDefaults.modules ++ nixosDefaults.externalModules; }));
      darwinHostDefaults = flakeUtilsPlus.mergeAny { system = "x86_64-darwin"; output = "darwinConfigurations"; }
        (digga.withoutNull config.darwin.hostDefaults);
      hosts = builtins.mapAttrs (_: digga.hostArguments darwinHostDefaults) config.darwin.hosts
        // builtins.mapAttrs (_: digga.hostArguments nixosHostDefaults) config.nixos.hosts;
      given = builtins.removeAttrs args [ "imports" "self" "inputs" "supportedSystems" "channelsConfig"
        "channels" "outputsBuilder" "nixos" "darwin" "home" "devshell" ];
    in
    flakeUtilsPlusMkFlake nixpkgsNames (flakeUtilsPlus.mergeAny {
      inherit self inputs hosts;
      # digga's own overlay, before the flake's `sharedOverlays`: `pkgs.lib.digga`.
      sharedOverlays = [ (final: prev: { lib = prev.lib.extend (_: _: { digga = diggaLib; }); }) ];
      inherit (config) supportedSystems;
      # A channel's input, where the flake names one; else the input of its name.
      channels = builtins.mapAttrs (_: channel: lib.filterAttrs (_: input: input != null) { inherit (channel) input; }) config.channels;
      nixosModules = flakeUtilsPlus.exportModules nixosDefaults.exportedModules;
      overlays = opaque.overlays;
      outputsBuilder = opaque.outputsBuilder;
    } given);

  # clan-core (clan.lol): `lib.buildClan`, `lib.clan` and its flake-parts module's `clan`
  # make one nixosSystem per machine. A machine is a directory of `machines/` in the
  # clan's directory, an entry of `inventory.machines` (in the arguments or in
  # `inventory.json`) or of `machines`; its modules are the files clan includes by itself
  # (`configuration.nix`, `hardware-configuration.nix`) and its `machines.<name>`. A
  # machine the inventory gives another class (`machineClass = "darwin"`) is nix-darwin's,
  # in `darwinConfigurations`, which ncc does not evaluate.
  # clan-core's own modules are not evaluated: what they declare is open to ncc.
  clanMachines = args:
    let
      dir =
        if args.directory or null != null then toString args.directory
        else if args.self or null != null then toString args.self.outPath
        else null;
      under = relative: if dir == null then null else dir + "/" + relative;
      exists = relative: dir != null && builtins.pathExists (under relative);
      directories =
        if exists "machines"
        then builtins.attrNames (lib.filterAttrs (_: kind: kind == "directory") (builtins.readDir (under "machines")))
        else [ ];
      listed = args.inventory.machines or { };
      saved =
        if exists "inventory.json"
        then (builtins.fromJSON (builtins.readFile (under "inventory.json"))).machines or { }
        else { };
      own = args.machines or { };
      names = lib.unique (directories ++ builtins.attrNames listed ++ builtins.attrNames saved ++ builtins.attrNames own);
      class = name: listed.${name}.machineClass or saved.${name}.machineClass or "nixos";
      nixosNames = builtins.filter (name: class name == "nixos") names;
      included = name: file:
        let relative = "machines/${name}/${file}";
        in if exists relative then [ (under relative) ] else [ ];
    in
    {
      nixosConfigurations = lib.genAttrs nixosNames (name: nixosSystem {
        modules = included name "configuration.nix"
          ++ included name "hardware-configuration.nix"
          ++ (if own ? ${name} then [ own.${name} ] else [ ]);
        specialArgs = { clan-core = opaque.clan-core; } // (args.specialArgs or { });
      });
      darwinConfigurations = lib.genAttrs (builtins.filter (name: class name == "darwin") names)
        (name: opaque.darwinConfigurations.${name});
    };

  # The configuration a clan's modules make, as clan-core evaluates them: its arguments
  # are a module (the newer form composes them with `imports`), given `self`, `clan-core`
  # and `nixpkgs`. What clan-core's interface declares and ncc reads is declared here;
  # the rest (`meta`, `inventory`, `modules`) is open, merged as data.
  clanConfiguration = args:
    (lib.evalModules {
      specialArgs = clanSpecialArgs (if builtins.isAttrs args then args.self or null else null);
      modules = [ clanInterface args ];
    }).config;

  # What clan-core gives the modules of a clan besides `config`, `lib` and `options`.
  clanSpecialArgs = self: {
    inherit self;
    clan-core = opaque.clan-core;
    nixpkgs = opaque.nixpkgs;
  };

  # The options of clan-core's interface ncc reads; the rest is open. As clan-core's
  # module does, the machines are given the flake as `self` unless `specialArgs` says
  # otherwise.
  clanInterface = { self, config, ... }: {
    freeformType = lib.types.lazyAttrsOf lib.types.anything;
    options = {
      self = lib.mkOption { type = lib.types.raw; default = self; };
      directory = lib.mkOption { type = lib.types.raw; default = null; };
      specialArgs = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.raw; default = { }; };
      machines = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.deferredModule; default = { }; };
    };
    config.specialArgs.self = lib.mkDefault config.self;
  };

  clanLib = {
    buildClan = args:
      let machines = clanMachines (clanConfiguration args);
      in machines // { clanInternals = opaque.clanInternals; };
    clan = args:
      let machines = clanMachines (clanConfiguration args);
      in {
        inherit (machines) nixosConfigurations;
        config = machines // { clanInternals = opaque.clanInternals; };
      };
  };

  # numtide's blueprint: the flake is its directory (or `prefix` under it). Each
  # `hosts/<name>/configuration.nix` is a NixOS host, given `flake` (the flake's own
  # outputs), `inputs`, `hostName` and `perSystem`; `modules/<type>/<name>` (a file or a
  # directory, the file when both are there) is `modules.<type>.<name>`, for any type
  # (`modules.server.default`), those of `nixos` `nixosModules.<name>` too (`darwin`
  # `darwinModules`, `home` `homeModules`), and one
  # that is a function of `flake` and `inputs` alone is given them, the publishing
  # flake's, as blueprint gives them; `lib/default.nix` is `lib`. The rest of what
  # blueprint builds (packages, checks, devShells) ncc does not evaluate.
  blueprint = args:
    let
      inputs = args.inputs;
      self = inputs.self;
      # `prefix` is a path (`./nix`) or a directory of the flake named by a string.
      dir =
        if !(args ? prefix) || args.prefix == null then toString self.outPath
        else if builtins.isPath args.prefix then toString args.prefix
        else toString self.outPath + "/" + args.prefix;
      entriesOf = relative:
        if builtins.pathExists "${dir}/${relative}" then builtins.readDir "${dir}/${relative}" else { };
      hostNames = builtins.attrNames (lib.filterAttrs
        (name: kind: kind == "directory" && builtins.pathExists "${dir}/hosts/${name}/configuration.nix")
        (entriesOf "hosts"));
      # The files and directories of `relative` by name, a file over a directory.
      entriesByName = relative:
        let
          entries = entriesOf relative;
          at = name: /. + "${dir}/${relative}/${name}";
          directories = lib.mapAttrs (name: _: at name) (lib.filterAttrs (_: kind: kind == "directory") entries);
          files = lib.mapAttrs' (name: _: lib.nameValuePair (lib.removeSuffix ".nix" name) (at name))
            (lib.filterAttrs (name: kind: kind != "directory" && lib.hasSuffix ".nix" name) entries);
        in directories // files;
      publisherArgs = { inherit inputs; flake = self; };
      publish = path:
        let module = import path;
        in if builtins.isFunction module
          && builtins.all (arg: publisherArgs ? ${arg}) (builtins.attrNames (builtins.functionArgs module))
        then lib.setDefaultModuleLocation path (module publisherArgs)
        else path;
      modules = lib.mapAttrs (type: _: lib.mapAttrs (_: publish) (entriesByName "modules/${type}"))
        (lib.filterAttrs (_: kind: kind == "directory") (entriesOf "modules"));
      nixosModules = modules.nixos or { };
    in
    {
      nixosConfigurations = lib.genAttrs hostNames (name: nixosSystem {
        modules = [ (/. + "${dir}/hosts/${name}/configuration.nix") ];
        specialArgs = {
          inherit inputs;
          flake = self;
          hostName = name;
          perSystem = opaque.perSystem;
        };
      });
      inherit modules nixosModules;
      darwinModules = modules.darwin or { };
      homeModules = modules.home or { };
      # `lib/default.nix`, called with the flake and its inputs. The outputs' names do
      # not depend on the directory: `self` is these outputs, and reads it.
      lib =
        if builtins.pathExists "${dir}/lib/default.nix"
        then import (/. + "${dir}/lib/default.nix") { inherit inputs; flake = self; }
        else opaque.lib;
    };

  # The blueprint input is called as a function: its `__functor`.
  blueprintFunctor = _input: blueprint;

  # snowfallorg/lib: `mkLib { inputs; src; snowfall ? { }; }` is a library (nixpkgs'
  # `lib`, each input's `lib` under the input's name, the flake's own `lib/` under
  # `lib.<namespace>` and at the top) whose `mkFlake` makes the outputs; the input's own
  # `mkFlake` is both at once. A host is `systems/<target>/<name>/default.nix`; a target
  # naming a virtual format (`x86_64-install-iso`) or darwin makes no NixOS host. Every
  # host gets each `modules/nixos/**/default.nix`, its `systems.hosts.<name>.modules`
  # and `systems.modules.nixos`, and the special arguments snowfall gives. Packages,
  # shells, checks, overlays and homes are not evaluated: they stay unknown.
  snowfallMkLib = { inputs, src, snowfall ? { }, ... }:
    let
      namespace = snowfall.namespace or "internal";
      root = toString (snowfall.root or src);
      entriesOf = dir: if builtins.pathExists dir then builtins.readDir dir else { };
      directories = dir: builtins.attrNames (lib.filterAttrs (_: kind: kind == "directory") (entriesOf dir));
      # Every `default.nix` below `dir`, in the order of a walk by name.
      defaultFiles = dir: lib.concatLists (lib.mapAttrsToList (name: kind:
        if kind == "directory" then defaultFiles "${dir}/${name}"
        else if name == "default.nix" then [ "${dir}/${name}" ]
        else [ ]) (entriesOf dir));
      inputLibs = lib.mapAttrs (_: input: input.lib)
        (lib.filterAttrs (name: input: name != "self" && builtins.isAttrs (input.lib or null)) inputs);
      baseLib = nixpkgsLib // inputLibs // {
        inherit (library) mkFlake;
        snowfall = opaque.snowfall-lib;
      };
      systemLib = baseLib // { ${namespace} = userLib; };
      # The flake's `lib/`: each file, or the function in it called with the arguments
      # it names, merged deeply, a later file's attributes over an earlier one's. A file
      # ncc cannot know (made by an input's library) leaves the whole unknown.
      userLib =
        let
          given = {
            inputs = builtins.removeAttrs inputs [ "self" "src" ];
            snowfall-inputs = opaque.snowfall-inputs;
            inherit namespace;
            lib = systemLib;
          };
          libs = map (file:
            let imported = import (/. + file);
            in if builtins.isFunction imported
               then imported (builtins.intersectAttrs (builtins.functionArgs imported) given)
               else imported) (defaultFiles "${root}/lib");
        in lib.foldr lib.recursiveUpdate { } libs;
      virtualFormats = [ "amazon" "azure" "cloudstack" "docker" "do" "gce" "hyperv" "iso" "kexec"
        "kubevirt" "lxc" "openstack" "proxmox" "qcow" "raw" "sd-aarch64" "virtualbox" "vm" ];
      isVirtual = target: builtins.any (format: lib.hasInfix format target) virtualFormats;
      # The format of a target as snowfall names it: the first virtual format it names,
      # else darwin or linux.
      formatOf = target:
        let named = builtins.filter (format: lib.hasInfix format target) virtualFormats;
        in if named != [ ] then builtins.head named
           else if lib.hasInfix "darwin" target then "darwin" else "linux";
      isNixos = target: !(isVirtual target) && !(lib.hasInfix "darwin" target);
      # `modules/nixos/<path>/default.nix` is the module `<path>`.
      nixosModules = builtins.listToAttrs (map (file: lib.nameValuePair
        (lib.removePrefix "/" (lib.removeSuffix "/default.nix" (lib.removePrefix "${root}/modules/nixos" file)))
        (/. + file)) (defaultFiles "${root}/modules/nixos"));
      # The flake's `nixosModules` output, as snowfall's `create-modules` publishes each:
      # a module that calls the file with the special arguments snowfall's hosts get over
      # the ones it is given (`lib` with the flake's own lib/, `namespace`, `inputs`, the
      # target and its format), so that where those are not special arguments (a
      # container's configuration, another flake's host) the file still has them. Its
      # `pkgs` is the one the module is given (snowfall's is its channel's, with the
      # flake's overlays, which ncc does not evaluate).
      publishedModules = lib.mapAttrs (_: path: args@{ pkgs, ... }:
        let
          system = args.system or pkgs.stdenv.hostPlatform.system;
          target = args.target or system;
          given = args // {
            inherit system target namespace;
            format = formatOf target;
            virtual = args.virtual or (isVirtual target);
            systems = args.systems or { };
            lib = systemLib;
            inputs = builtins.removeAttrs inputs [ "src" ];
          };
          imported = import path;
        in
        (if builtins.isFunction imported then imported given else imported) // { _file = path; })
        nixosModules;
      # snowfall's own module, which every NixOS host imports: `snowfallorg.users`.
      usersModule = { config, lib, ... }: {
        options.snowfallorg.users = lib.mkOption {
          type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
            options = {
              create = lib.mkOption { type = lib.types.bool; default = true; };
              admin = lib.mkOption { type = lib.types.bool; default = true; };
              home.enable = lib.mkOption { type = lib.types.bool; default = true; };
              home.path = lib.mkOption { type = lib.types.str; default = "/home/${name}"; };
              # home-manager's configuration, which ncc does not evaluate.
              home.config = lib.mkOption { type = lib.types.anything; default = { }; };
            };
          }));
          default = { };
        };
        config.users.users = lib.mapAttrs (name: user: {
          isNormalUser = lib.mkDefault true;
          name = lib.mkDefault name;
          home = lib.mkDefault user.home.path;
          group = lib.mkDefault "users";
          extraGroups = lib.optional user.admin "wheel";
        }) (lib.filterAttrs (_: user: user.create) config.snowfallorg.users);
      };
      # What flake-utils-plus, which builds snowfall's hosts, adds to each: the host's
      # name, its `nix` settings and the options it declares.
      hostModule = name: { lib, ... }:
        let labels = lib.reverseList (lib.splitString "." name);
        in {
          options.nix = lib.genAttrs [ "generateNixPathFromInputs" "generateRegistryFromInputs" "linkInputs" ]
            (_: lib.mkOption { type = lib.types.bool; default = false; });
          config = {
            networking.hostName = builtins.head labels;
            networking.domain =
              if builtins.tail labels == [ ] then lib.mkDefault null
              else lib.concatStringsSep "." (builtins.tail labels);
            nix.extraOptions = "extra-experimental-features = nix-command flakes";
          };
        };
      library = {
        mkFlake = options:
          let
            systemsOptions = options.systems or { };
            overrides = systemsOptions.hosts or { };
            found = lib.concatMap (target: map (name: { inherit name target; })
              (builtins.filter (name: builtins.pathExists "${root}/systems/${target}/${name}/default.nix")
                (directories "${root}/systems/${target}")))
              (directories "${root}/systems");
            # `systems.modules.nixos`, or (snowfall-lib before darwin) `systems.modules`.
            sharedModules =
              let given = systemsOptions.modules or { };
              in if builtins.isList given then given else given.nixos or [ ];
            homeManager = lib.optional (inputs ? home-manager) inputs.home-manager.nixosModules.home-manager;
            systems = builtins.listToAttrs (map (entry: lib.nameValuePair entry.name (
              let
                override = overrides.${entry.name} or { };
                path = /. + "${root}/systems/${entry.target}/${entry.name}/default.nix";
              in {
                inherit (entry) target;
                inherit path;
                system = entry.target;
                modules = [ path ]
                  ++ builtins.attrValues nixosModules
                  ++ (override.modules or [ ])
                  ++ sharedModules
                  ++ homeManager;
                specialArgs = (override.specialArgs or { }) // {
                  inherit (entry) target;
                  system = entry.target;
                  inherit systems namespace;
                  lib = systemLib;
                  host = entry.name;
                  virtual = isVirtual entry.target;
                  format = "linux";
                  inputs = builtins.removeAttrs inputs [ "src" ];
                  channel = opaque.channel;
                };
              })) found);
            nixosSystems = lib.filterAttrs (_: system: isNixos system.target) systems;
            # A host given only by `systems.hosts.<name>`, with no directory.
            listed = lib.filterAttrs (name: _: !(systems ? ${name})) overrides;
            withoutOptions = builtins.removeAttrs options [ "systems" "modules" "overlays" "packages"
              "outputs-builder" "outputsBuilder" "packagesPrefix" "hosts" "homes" "channels-config"
              "templates" "checks" "alias" "snowfall" "supportedSystems" "channels" "channelsConfig"
              "sharedOverlays" "hostDefaults" "self" "inputs" ];
          in
          withoutOptions // {
            nixosConfigurations =
              lib.mapAttrs (name: override: nixosSystem {
                modules = [ (hostModule name) usersModule ] ++ (override.modules or [ ]);
                specialArgs = override.specialArgs or { };
              }) listed
              // lib.mapAttrs (name: system: nixosSystem {
                modules = [ (hostModule name) usersModule ] ++ system.modules;
                inherit (system) specialArgs system;
              }) nixosSystems;
            nixosModules = publishedModules;
            lib = userLib;
            inherit (opaque) darwinModules homeModules packages devShells checks formatter
              overlays templates pkgs snowfall;
          };
      };
    in
    # The library itself: the flake's own over the rest, a set both have merged deeply.
    baseLib // userLib // lib.mapAttrs (name: own: lib.recursiveUpdate baseLib.${name} own)
      (lib.filterAttrs (name: own: builtins.isAttrs own && builtins.isAttrs (baseLib.${name} or null)) userLib);

  # The snowfall-lib input: its `mkLib` and its `mkFlake`, the two at once.
  snowfallLib = {
    mkLib = snowfallMkLib;
    mkFlake = options:
      (snowfallMkLib options).mkFlake (builtins.removeAttrs options [ "inputs" "src" ]);
  };

  # srid's nixos-unified (nixos-flake before it was renamed; that older interface is not
  # this one, and an input of that name stays a placeholder). Its flake-parts module,
  # `flakeModules.default` (`flakeModule`), gives the flake `nixos-unified.lib`, whose
  # `mkLinuxSystem { home-manager = ...; } module` is a NixOS host: the flake's own
  # `inputs.nixpkgs.lib.nixosSystem` of nixos-unified's NixOS module (its `nixos-unified.*`
  # options), its `nix.settings` defaults, the module given and, with `home-manager =
  # true`, home-manager's NixOS module (the flake's `inputs.home-manager`, which ncc does
  # not evaluate: what it declares stays open) set to share the system's packages; each
  # module is given `flake`, the flake's `self`, `inputs` and flake-parts `config`.
  # `flakeModules.autoWire` makes `nixosConfigurations.<name>` so of each
  # `configurations/nixos/<name>.nix` or `<name>/default.nix` (with home-manager), and
  # `nixosModules`, `darwinModules`, `homeModules` and `overlays` of the files under
  # `modules/` and `overlays/`. `lib.mkFlake` is flake-parts' `mkFlake` of each file of
  # the flake's first directory of `nix/modules/flake`, `modules/flake`,
  # `nix/modules/flake-parts` and `modules/flake-parts`, given `root`. What is not a NixOS
  # host is a placeholder: `mkMacosSystem`'s nix-darwin systems (`darwinConfigurations`),
  # `mkHomeConfiguration`'s home-manager configurations and the `perSystem` packages
  # (`activate`, `update`), which ncc does not run.
  nixosUnified =
    let
      file = "<ncc stand-in for nixos-unified>";
      # The files `.nix` and directories with a `default.nix` of `dir`, by name.
      forAllNixFiles = dir: f:
        if !(builtins.pathExists dir) then { }
        else builtins.listToAttrs (builtins.filter (entry: entry != null) (lib.mapAttrsToList (name: type:
          if type == "regular" && lib.hasSuffix ".nix" name then lib.nameValuePair (lib.removeSuffix ".nix" name) (f "${dir}/${name}")
          else if type == "directory" && builtins.pathExists "${dir}/${name}/default.nix" then lib.nameValuePair name (f "${dir}/${name}")
          else null) (builtins.readDir dir)));
      # nix/modules/configurations: what its deployment tools read of a host.
      nixosModule = { flake, config, lib, ... }: {
        _file = "${file}/nix/modules/configurations";
        key = "${file}/nix/modules/configurations";
        options.nixos-unified = {
          sshTarget = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
          overrideInputs = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
          outputs = {
            system = lib.mkOption {
              type = lib.types.str;
              readOnly = true;
              default = config.nixpkgs.hostPlatform.system;
            };
            overrideInputs = lib.mkOption {
              type = lib.types.attrsOf lib.types.path;
              readOnly = true;
              default = lib.genAttrs config.nixos-unified.overrideInputs (name: flake.inputs.${name});
            };
            nixArgs = lib.mkOption {
              type = lib.types.listOf lib.types.str;
              readOnly = true;
              default = lib.concatMap (name: [ "--override-input" name "${flake.inputs.${name}}" ])
                config.nixos-unified.overrideInputs;
            };
          };
        };
      };
      commonModule = { lib, ... }: {
        _file = "${file}/nix/modules/flake-parts/lib.nix#nixosModules.common";
        nix.settings.max-jobs = lib.mkDefault "auto";
        nix.settings.experimental-features = lib.mkDefault "nix-command flakes";
      };
      # The module home-manager's modules are given besides.
      homeCommonModule = { config, pkgs, lib, ... }: {
        home.homeDirectory = lib.mkDefault "/${if pkgs.stdenv.isDarwin then "Users" else "home"}/${config.home.username}";
      };
      # nix/modules/flake-parts (lib.nix; packages.nix adds `perSystem` packages alone).
      flakeModule = { self, inputs, config, lib, ... }:
        let
          specialArgsFor = rec {
            common.flake = { inherit self inputs config; };
            nixos = common;
            darwin = common // { rosettaPkgs = opaque.rosettaPkgs; };
          };
          homeManagerModule = {
            _file = "${file}/nix/modules/flake-parts/lib.nix#nixosModules.home-manager";
            imports = [
              # Without that input Nix stops here too.
              (if inputs ? home-manager then inputs.home-manager.nixosModules.home-manager
               else throw "nixos-unified's `mkLinuxSystem { home-manager = true; }` (autoWire's hosts are made so) imports `inputs.home-manager.nixosModules.home-manager`, and the flake has no input `home-manager`")
              {
                home-manager.useGlobalPkgs = true;
                home-manager.useUserPackages = true;
                home-manager.extraSpecialArgs = specialArgsFor.nixos;
                home-manager.sharedModules = [ homeCommonModule ];
              }
            ];
          };
        in
        {
          _file = "${file}/nix/modules/flake-parts";
          key = "${file}/nix/modules/flake-parts";
          flake.nixos-unified.lib = {
            inherit specialArgsFor;
            mkLinuxSystem = { home-manager ? false }: module: inputs.nixpkgs.lib.nixosSystem {
              specialArgs = specialArgsFor.nixos;
              modules = [ nixosModule commonModule module ] ++ lib.optional home-manager homeManagerModule;
            };
            mkMacosSystem = { home-manager ? false }: module: opaque.darwinSystem;
            mkHomeConfiguration = pkgs: module: opaque.homeManagerConfiguration;
          };
        };
      # nix/modules/flake-parts/autowire.nix.
      autoWire = { self, lib, ... }: {
        _file = "${file}/nix/modules/flake-parts/autowire.nix";
        key = "${file}/nix/modules/flake-parts/autowire.nix";
        flake = {
          nixosConfigurations = forAllNixFiles "${self}/configurations/nixos"
            (path: self.nixos-unified.lib.mkLinuxSystem { home-manager = true; } path);
          darwinConfigurations = forAllNixFiles "${self}/configurations/darwin"
            (path: self.nixos-unified.lib.mkMacosSystem { home-manager = true; } path);
          nixosModules = forAllNixFiles "${self}/modules/nixos" (path: path);
          darwinModules = forAllNixFiles "${self}/modules/darwin" (path: path);
          homeModules = forAllNixFiles "${self}/modules/home" (path: path);
          overlays = forAllNixFiles "${self}/overlays"
            (path: import path self.nixos-unified.lib.specialArgsFor.common);
        };
      };
    in
    {
      flakeModules = { default = flakeModule; inherit autoWire; };
      inherit flakeModule;
      lib.mkFlake =
        { inputs
        , root
        , systems ? [ "x86_64-linux" "x86_64-darwin" "aarch64-linux" "aarch64-darwin" ]
        , specialArgs ? { }
        }:
        inputs.flake-parts.lib.mkFlake { inherit inputs specialArgs; } {
          inherit systems;
          _module.args = { inherit root; };
          imports =
            let
              candidates = [ "nix/modules/flake" "modules/flake" "nix/modules/flake-parts" "modules/flake-parts" ];
              found = builtins.filter (candidate: builtins.pathExists "${root}/${candidate}") candidates;
              dir = "${root}/${builtins.head found}";
            in
            if found == [ ] then throw "None of these paths exist: ${toString candidates}"
            else map (name: "${dir}/${name}") (builtins.attrNames (builtins.readDir dir));
        };
    };

  # tgirlcloud/easy-hosts: its flake module (`flakeModule`, `flakeModules.default`)
  # declares `easy-hosts.*` and makes a configuration of each `easy-hosts.hosts.<name>`,
  # and, with `autoConstruct`, of each directory `<path>/<arch>-<class>/<name>` (each entry
  # of `<path>` when `onlySystem` names the system). A host of class `nixos` or `iso` (or
  # of an `additionalClasses` class mapped to `nixos`) is `lib.nixosSystem` of its
  # `nixpkgs` (the flake's `inputs.nixpkgs` unless it says otherwise), with its `path`
  # (else `hosts/<name>/default.nix` or `systems/<name>/default.nix` of the flake, if
  # there), nixpkgs' installer module for an iso, easy-hosts' own modules (`self'` and
  # `inputs'` as module arguments, `networking.hostName` by default the name,
  # `nixpkgs.hostPlatform` by default its system) and the modules of `shared`, of the
  # host, of `perTag` of each tag, of `perClass` and of `perArch`, in that order; its
  # special arguments `inputs` and `self` updated with theirs. A darwin host (a
  # nix-darwin system) is not a NixOS host: a placeholder. Its options `nixpkgs` and
  # `nix-darwin`, `types.anything` in easy-hosts, are raw here: an input is kept as it is
  # given, not merged attribute by attribute.
  easyHosts =
    let
      file = "<ncc stand-in for easy-hosts>";
      redefineClass = additionalClasses: class: ({ linux = "nixos"; } // additionalClasses).${class} or class;
      constructSystem = additionalClasses: arch: class:
        "${arch}-${if redefineClass additionalClasses class == "darwin" then "darwin" else "linux"}";
      flakeModule = { lib, inputs, config, withSystem, ... }:
        let
          cfg = config.easy-hosts;
          inherit (lib) mkOption types;
          basicOptions = {
            modules = mkOption { type = types.listOf types.deferredModule; default = [ ]; };
            specialArgs = mkOption { type = types.lazyAttrsOf types.raw; default = { }; };
          };
          perOption = mkOption {
            type = types.functionTo (types.submodule { options = basicOptions; });
            default = _: { modules = [ ]; specialArgs = { }; };
          };
          hostOptions = { name, config, ... }: {
            options = basicOptions // {
              nixpkgs = mkOption {
                type = types.raw;
                default = inputs.nixpkgs or (throw "cannot find nixpkgs input");
              };
              nix-darwin = mkOption { type = types.raw; default = inputs.darwin or inputs.nix-darwin or null; };
              arch = mkOption {
                type = types.enum [ "x86_64" "aarch64" "armv6l" "armv7l" "i686" "powerpc64le" "riscv64" ];
                default = "x86_64";
              };
              class = mkOption {
                type = types.enum ([ "nixos" "darwin" "iso" ] ++ builtins.attrNames cfg.additionalClasses);
                default = "nixos";
              };
              tags = mkOption { type = types.listOf types.str; default = [ ]; };
              system = mkOption {
                type = types.str;
                default = constructSystem cfg.additionalClasses config.arch config.class;
                internal = true;
              };
              path = mkOption { type = types.nullOr types.path; default = null; };
              deployable = mkOption { type = types.bool; default = false; };
            };
          };
          # lib.nix's `buildHosts`: the directory's systems (`x86_64-nixos`), split at
          # the first `-` into the arch and the class.
          buildHosts =
            let
              normalise = system: path:
                let
                  parts = builtins.split "-" system;
                  arch = builtins.elemAt parts 0;
                  class = builtins.elemAt parts 2;
                in { inherit arch class path; system = constructSystem cfg.additionalClasses arch class; };
              entries = builtins.readDir cfg.path;
            in
            if cfg.onlySystem == null then
              lib.foldAttrs lib.mergeAttrs { } (lib.mapAttrsToList
                (system: _: lib.mapAttrs (name: _: normalise system "${cfg.path}/${system}/${name}")
                  (builtins.readDir "${cfg.path}/${system}"))
                (lib.filterAttrs (_: type: type == "directory") entries))
            else lib.mapAttrs (name: _: normalise cfg.onlySystem "${cfg.path}/${name}") entries;
          # lib.nix's `mkHost` for a NixOS host.
          nixosHost = name: host: class:
            let
              self = inputs.self;
              sources = lib.flatten [
                cfg.shared
                host
                (map cfg.perTag host.tags)
                (cfg.perClass host.class)
                (cfg.perArch host.arch)
              ];
            in
            host.nixpkgs.lib.nixosSystem {
              specialArgs = lib.recursiveUpdate { inherit inputs self; }
                (builtins.foldl' lib.recursiveUpdate { } (map (source: source.specialArgs) sources));
              modules =
                (if host.path != null then [ host.path ]
                 else builtins.filter builtins.pathExists [ "${self}/hosts/${name}/default.nix" "${self}/systems/${name}/default.nix" ])
                ++ lib.optionals (class == "iso")
                  [ "${host.nixpkgs}/nixos/modules/installer/cd-dvd/installation-cd-minimal-new-kernel.nix" ]
                ++ [
                  {
                    key = "easy-hosts#specialArgs";
                    _file = file;
                    _module.args = withSystem host.system ({ self', inputs', ... }: { inherit self' inputs'; });
                  }
                  {
                    key = "easy-hosts#hostname";
                    _file = file;
                    networking.hostName = lib.mkDefault name;
                  }
                  {
                    key = "easy-hosts#nixpkgs";
                    _file = file;
                    nixpkgs.hostPlatform = lib.mkDefault host.system;
                    nixpkgs.flake.source = host.nixpkgs.outPath;
                  }
                ]
                ++ lib.concatMap (source: source.modules) sources;
            };
        in
        {
          _file = file;
          key = file;
          options.easy-hosts = {
            autoConstruct = lib.mkEnableOption "Automatically construct hosts";
            path = mkOption { type = types.nullOr types.path; default = null; };
            onlySystem = mkOption { type = types.nullOr types.str; default = null; };
            shared = basicOptions;
            perClass = perOption;
            perArch = perOption;
            perTag = perOption;
            additionalClasses = mkOption { type = types.attrsOf types.str; default = { }; };
            hosts = mkOption { type = types.attrsOf (types.submodule hostOptions); default = { }; };
          };
          config = {
            easy-hosts.hosts = lib.mkIf cfg.autoConstruct buildHosts;
            flake = lib.foldAttrs lib.mergeAttrs { } (lib.mapAttrsToList (name: host:
              let class = redefineClass cfg.additionalClasses host.class;
              in if class == "darwin" then { darwinConfigurations.${name} = opaque.darwinConfigurations.${name}; }
              else { nixosConfigurations.${name} = nixosHost name host class; }) cfg.hosts);
          };
        };
    in
    {
      inherit flakeModule;
      flakeModules.default = flakeModule;
    };

  # ehllie/ez-configs: its flake module (`flakeModule`) declares `ezConfigs.*` and makes a
  # NixOS host of each `<name>.nix` or `<name>/default.nix` of
  # `ezConfigs.nixos.configurationsDirectory` (by default `nixos-configurations` under
  # `ezConfigs.root`): `inputs.nixpkgs.lib.nixosSystem` of that module, one setting
  # `networking.hostName` by default to the name and, unless `nixos.hosts.<name>.importDefault`
  # is false, the `default` module of `nixos-modules`; given `nixos.specialArgs` (by
  # default `globalArgs`) and `ezModules`, the modules of `nixos-modules` (each
  # `<name>.nix` or `<name>/default.nix`, the flake's `nixosModules` too, given
  # `earlyModuleArgs` first). A host whose `userHomeModules` names users also imports
  # home-manager's NixOS module (the flake's `inputs.home-manager`, which ncc does not
  # evaluate: what it declares stays open) and each user's module of
  # `home-configurations`. What is not a NixOS host is a placeholder: the nix-darwin
  # systems of `darwin-configurations` and the home-manager configurations. Its
  # `types.anything` arguments (`globalArgs`, `specialArgs`, `earlyModuleArgs`) are
  # attribute sets of raw values here: an input given is kept as it is, not merged
  # attribute by attribute.
  ezConfigs =
    let
      file = "<ncc stand-in for ez-configs>";
      # Its `readModules`: `<dir>.nix` alone is the module `default`, else the directory's
      # modules by name.
      readModules = dir:
        if builtins.pathExists "${dir}.nix" && builtins.readFileType "${dir}.nix" == "regular" then { default = dir; }
        else if builtins.pathExists dir && builtins.readFileType dir == "directory" then
          lib.concatMapAttrs (entry: type:
            let dirDefault = "${dir}/${entry}/default.nix";
            in if type == "regular" && lib.hasSuffix ".nix" entry then { ${lib.removeSuffix ".nix" entry} = "${dir}/${entry}"; }
            else if builtins.pathExists dirDefault && builtins.readFileType dirDefault == "regular" then { ${entry} = dirDefault; }
            else { }) (builtins.readDir dir)
        else { };
      # Its `injectEarly`: each module that is a function given the early arguments it names.
      injectEarly = earlyArgs: modules:
        if earlyArgs == { } then modules
        else lib.mapAttrs (_: path:
          let module = import path;
          in if lib.isFunction module then
            let
              moduleArgs = lib.functionArgs module;
              given = lib.filterAttrs (name: _: builtins.hasAttr name moduleArgs) earlyArgs;
            in lib.setFunctionArgs (args: module (args // given)) (builtins.removeAttrs moduleArgs (builtins.attrNames given))
          else path) modules;
      flakeModule = { inputs, lib, config, ... }:
        let
          cfg = config.ezConfigs;
          inherit (lib) mkOption types;
          arguments = default: mkOption { type = types.lazyAttrsOf types.raw; inherit default; };
          hostOptions.options = {
            importDefault = mkOption { type = types.bool; default = true; };
            userHomeModules = mkOption { type = types.listOf types.str; default = [ ]; };
          };
          userOptions.options = {
            nameFunction = mkOption { type = types.nullOr (types.functionTo types.str); default = null; };
            importDefault = mkOption { type = types.bool; default = true; };
            passInOsConfig = mkOption { type = types.bool; default = true; };
            standalone.enable = mkOption { type = types.bool; default = false; };
            standalone.pkgs = mkOption { type = types.raw; };
          };
          directory = kind:
            if cfg.root != null then "${cfg.root}/${kind}" else /. + "/${file}/unset-directory";
          configurationOptions = type: {
            modulesDirectory = mkOption { type = types.path; default = directory "${type}-modules"; };
            configurationsDirectory = mkOption { type = types.path; default = directory "${type}-configurations"; };
            earlyModuleArgs = arguments cfg.earlyModuleArgs;
          } // (if type == "home" then {
            extraSpecialArgs = arguments cfg.globalArgs;
            users = mkOption { type = types.attrsOf (types.submodule userOptions); default = { }; };
          } else {
            specialArgs = arguments cfg.globalArgs;
            hosts = mkOption { type = types.attrsOf (types.submodule hostOptions); default = { }; };
          });
          homeModules = injectEarly cfg.home.earlyModuleArgs (readModules cfg.home.modulesDirectory);
          nixosModules = injectEarly cfg.nixos.earlyModuleArgs (readModules cfg.nixos.modulesDirectory);
          userModules = readModules cfg.home.configurationsDirectory;
          # Its `userImports`: a user's module and the default ones of `home-modules`.
          userImports = { stdenv, user, importDefault }:
            [ (userModules.${user} or { }) ]
            ++ lib.optionals importDefault ([ (homeModules.default or { }) ]
              ++ lib.optionals stdenv.isDarwin [ (homeModules.darwin or { }) ]
              ++ lib.optionals stdenv.isLinux [ (homeModules.linux or { }) ]);
          nixosHost = name: configModule:
            let
              host = cfg.nixos.hosts.${name} or { importDefault = true; userHomeModules = [ ]; };
              homeManager =
                if inputs ? home-manager then inputs.home-manager.nixosModules.default
                else throw ''
                  home-manager input not found, but host ${name} was configured with `userHomeModules`.
                  Please add a home-manager input to your flake.
                '';
              nixosSystem =
                if inputs ? nixpkgs then inputs.nixpkgs.lib.nixosSystem
                else throw ''
                  nixpkgs input not found, but host ${name} present in nixosConfigurations directory.
                  Please add a nixpkgs input to your flake.
                '';
            in
            nixosSystem {
              specialArgs = cfg.nixos.specialArgs // { ezModules = nixosModules; };
              modules = [
                configModule
                { _file = file; networking.hostName = lib.mkDefault name; }
              ]
              ++ lib.optionals host.importDefault [ (nixosModules.default or { }) ]
              ++ lib.optionals (host.userHomeModules != [ ]) [
                homeManager
                { _file = file; home-manager.extraSpecialArgs = cfg.home.extraSpecialArgs // { ezModules = homeModules; }; }
                ({ pkgs, ... }: {
                  _file = file;
                  home-manager.users = lib.genAttrs host.userHomeModules (user:
                    if userModules ? ${user} then {
                      imports = userImports {
                        inherit (pkgs) stdenv;
                        inherit user;
                        importDefault = cfg.home.users.${user}.importDefault or true;
                      };
                    }
                    else throw "User ${user} not found inside homeConfigurations directory, but was added to ${name}.userHomeModules");
                })
              ];
            };
        in
        {
          _file = file;
          key = file;
          options.ezConfigs = {
            root = mkOption { type = types.nullOr types.path; default = null; };
            globalArgs = arguments { };
            earlyModuleArgs = arguments { };
            home = configurationOptions "home";
            nixos = configurationOptions "nixos";
            darwin = configurationOptions "darwin";
          };
          config.flake = {
            inherit homeModules nixosModules;
            darwinModules = injectEarly cfg.darwin.earlyModuleArgs (readModules cfg.darwin.modulesDirectory);
            homeConfigurations = opaque.homeConfigurations;
            nixosConfigurations = lib.mapAttrs nixosHost (readModules cfg.nixos.configurationsDirectory);
            darwinConfigurations = lib.mapAttrs (name: _: opaque.darwinConfigurations.${name})
              (readModules cfg.darwin.configurationsDirectory);
          };
        };
    in
    { inherit flakeModule; };

  # vic's import-tree: called with a path (or a list of paths and modules, nested), a
  # module importing every `.nix` file below each directory, except those under a name
  # that starts with `_`, and each file or module given as it is. Its methods give another
  # tree as import-tree's do: `filter`/`filterNot`/`match`/`matchNot` (given each file's
  # path below its directory), `map`, `addPath`, `initFilter`, and, in place of the module,
  # the list itself (`(withLib lib).leafs ./modules`, `files`, `pipeTo f`); `withLib`
  # changes nothing, ncc's `lib` being nixpkgs'.
  importTreeWith = state:
    let
      again = changes: importTreeWith (state // changes);
      matches = re: path: builtins.match re path != null;
      # The path of `file` below the directory given that holds it, as a string.
      relative = roots: file:
        let
          dirs = builtins.filter (root: isPathLike root && builtins.readFileType root == "directory")
            (lib.flatten roots);
          holding = builtins.filter (root: lib.hasPrefix (toString root) (toString file)) dirs;
        in if holding == [ ] then toString file
        else lib.removePrefix (toString (builtins.head holding)) (toString file);
      isPathLike = x: builtins.isPath x || builtins.isString x || (builtins.isAttrs x && x ? outPath);
      isTree = x: builtins.isAttrs x && x ? _nccImportTree;
      listed = x:
        if isTree x then x.files
        else if builtins.isAttrs x && x ? outPath then listed x.outPath
        else if isPathLike x && builtins.readFileType x == "directory" then lib.filesystem.listFilesRecursive x
        else [ x ];
      initial = if state.init != null then state.init
        else path: lib.hasSuffix ".nix" path && !(lib.hasInfix "/_" path);
      keep = roots: x:
        if isPathLike x then (let path = relative roots x; in initial path && state.filter path)
        else state.filter x && (state.init == null || state.init x);
      leafs = root:
        let roots = [ state.paths root ];
        in map state.map (builtins.filter (keep roots) (lib.concatMap listed (lib.flatten roots)));
      run = root: if state.pipe == null then { imports = leafs root; } else state.pipe (leafs root);
    in {
      _nccImportTree = true;
      # Called as a module (`imports = [ import-tree ]`), the tree of its paths alone.
      __functor = _: arg: run (if builtins.isAttrs arg && arg ? options then [ ] else arg);
      withLib = _: again { };
      filter = f: again { filter = x: state.filter x && f x; };
      filterNot = f: again { filter = x: state.filter x && !(f x); };
      match = re: again { filter = x: state.filter x && matches re x; };
      matchNot = re: again { filter = x: state.filter x && !(matches re x); };
      map = f: again { map = x: f (state.map x); };
      addPath = path: again { paths = state.paths ++ [ path ]; };
      initFilter = init: again { inherit init; };
      pipeTo = pipe: again { inherit pipe; };
      leafs = again { pipe = x: x; };
      result = run [ ];
      files = (again { pipe = x: x; }).result;
      new = importTreeInput;
    };

  importTreeInput = importTreeWith {
    filter = _: true;
    map = x: x;
    paths = [ ];
    init = null;
    pipe = null;
  };

  # nix-community/haumea's `lib`: `load { src, loader ? loaders.default, inputs ? { },
  # transformer ? [ ] }` makes an attribute set of the directory `src`, read as haumea
  # reads it: a directory is a nested set, a file the matcher of `loader` takes (a
  # function is the matcher of `.nix` files) is named by its name up to its last dot; up
  # to two leading `_` are not part of the name, and make the entry visible only from
  # within the tree (`_`) or from within its own directory (`__`); a symlink, or a file no
  # matcher takes, is left out, and two entries of one name are haumea's error. A file's
  # value is its loader's, given the inputs with `self` (that value), `super` (its
  # directory) and `root` (the tree), as seen from where it is; each directory, the root
  # too, is passed through the transformers, given its place (`cursor`). The loaders
  # (`default` calls the file's function with the inputs its arguments name, `scoped` the
  # same through `scopedImport`, `verbatim`, `path`, `callPackage`), the matchers and the
  # transformers (`liftDefault`, `hoistAttrs`, `hoistLists`, `prependUnderscore`) are
  # haumea's; `loadEvalTests` (its unit tests) and anything else is a placeholder, and so
  # is a tree whose `src` is an input's source: ncc does not read it.
  haumeaLib = rec {
    load = { src, loader ? loaders.default, inputs ? { }, transformer ? [ ] }:
      let
        reserved = builtins.filter (name: inputs ? ${name}) [ "self" "super" "root" ];
        matchers' = if builtins.isFunction loader then [ (matchers.nix loader) ] else loader;
        transform = cursor: value:
          builtins.foldl' (acc: t: t cursor acc) value (lib.flatten transformer);
        # The name an entry of a directory is known by, and from where it is seen.
        parse = entry: type:
          let
            stripped = lib.removePrefix "_" (lib.removePrefix "_" entry);
            dots = builtins.filter (i: builtins.substring i 1 stripped == ".")
              (lib.range 1 (builtins.stringLength stripped - 1));
          in if stripped == "" then null else {
            inherit stripped;
            name =
              if type == "directory" || lib.hasSuffix "." stripped || dots == [ ] then stripped
              else builtins.substring 0 (lib.last dots) stripped;
            visibility =
              if lib.hasPrefix "__" entry then "super"
              else if lib.hasPrefix "_" entry then "root"
              else "public";
          };
        # The entries of directory `dir`, at `pov` (the names from the root to it).
        children = dir: pov:
          let
            entries = builtins.readDir dir;
            node = entry: type:
              let
                parsed = parse entry type;
                taking = builtins.filter (m: m.matches parsed.stripped) matchers';
                path = dir + "/${entry}";
              in
              if parsed == null then [ ]
              else if type == "directory" then [{
                inherit (parsed) name visibility;
                value = { isDir = true; inherit entry; children = children path (pov ++ [ parsed.name ]); };
              }]
              else if type == "regular" && taking != [ ] then [{
                inherit (parsed) name visibility;
                value = {
                  isDir = false;
                  inherit entry;
                  content = lib.fix (self: (builtins.head taking).loader
                    (inputs // {
                      inherit self;
                      super = lib.getAttrFromPath pov (view pov [ ] tree);
                      root = view pov [ ] tree;
                    })
                    path);
                };
              }]
              else [ ];
            found = lib.concatLists (lib.mapAttrsToList node entries);
            describe = value: "${if value.isDir then "directory" else "file"} '${value.entry}'";
          in
          builtins.foldl' (acc: child:
            if acc ? ${child.name} then
              throw "haumea failed when traversing ${toString dir}\n- ${describe acc.${child.name}.value} conflicts with ${describe child.value}\n"
            else acc // { ${child.name} = child; }) { } found;
        tree = { isDir = true; children = children src [ ]; };
        # The tree as seen from `pov` (null: from outside), at `cursor`.
        view = pov: cursor: node:
          if !node.isDir then node.content
          else transform cursor (lib.concatMapAttrs (name: child:
            let
              seen =
                if child.visibility == "public" then true
                else if pov == null then false
                else if child.visibility == "root" then true
                else lib.take (builtins.length cursor) pov == cursor;
            in lib.optionalAttrs seen { ${name} = view pov (cursor ++ [ name ]) child.value; })
            node.children);
      in
      if reserved != [ ] then throw "'${builtins.head reserved}' cannot be used as the name of an input"
      # A directory of an input's source or a package (`"${inputs.fleet}/hosts"`, a path
      # under lib-nix's FAKE_STORE_PREFIX), which ncc does not read: a placeholder, so
      # that what a host reads of it is unknown where the host reads it.
      else if lib.hasPrefix "/nix/store/00000000000000000000000000000000-ncc-" (toString src) then opaque.haumeaTree
      else view null [ ] tree;

    loaders = {
      # The file's function called with the inputs its arguments name (each read when
      # used: one missing is an error then, even where the argument has a default).
      default = inputs: path: callNamed inputs (import path);
      scoped = inputs: path: callNamed inputs (builtins.scopedImport inputs path);
      verbatim = _: path: import path;
      path = _: path: path;
      callPackage = inputs: path: lib.callPackageWith inputs path { };
    };
    callNamed = inputs: value:
      let f = lib.toFunction value;
      in f (builtins.mapAttrs (name: _: inputs.${name}) (builtins.functionArgs f));

    matchers = rec {
      always = loader: { matches = _: true; inherit loader; };
      extension = ext: loader: {
        matches = file: lib.hasSuffix ".${ext}" file
          && builtins.stringLength file > builtins.stringLength ext + 1;
        inherit loader;
      };
      nix = extension "nix";
      json = extension "json" (_: lib.importJSON);
      toml = extension "toml" (_: lib.importTOML);
      regex = re: f: {
        matches = file: builtins.match re file != null;
        loader = inputs: path: f (builtins.match re (baseNameOf path)) inputs path;
      };
    };

    transformers =
      let
        # Each attribute made a set by `f`, the sets merged by `merge` in name order.
        concatMapWith = merge: f: attrs:
          builtins.foldl' merge { } (builtins.attrValues (builtins.mapAttrs f attrs));
        # `from` of each entry taken out of it, under `from` again (or `to` at the root).
        hoist = merge: wrap: from: to: cursor:
          concatMapWith merge (file: value:
            if !(builtins.isAttrs value && value ? ${from}) then { ${file} = value; }
            else {
              ${file} = builtins.removeAttrs value [ from ];
              ${if cursor == [ ] then to else from} = wrap file value.${from};
            });
      in {
        liftDefault = _: set:
          lib.attrsets.unionOfDisjoint (builtins.removeAttrs set [ "default" ]) (set.default or { });
        hoistAttrs = hoist lib.recursiveUpdate (file: value: { ${file} = value; });
        hoistLists = from: to: cursor:
          let key = if cursor == [ ] then to else from;
          in hoist (x: y: x // y // { ${key} = lib.concatLists (lib.catAttrs key [ x y ]); })
            (_: value: value) from to cursor;
        prependUnderscore = _: lib.mapAttrs' (name: value: lib.nameValuePair
          (if builtins.match "[A-Za-z_].*" name != null then name else "_${name}") value);
      };
  };

  # den (denful/den, formerly vic/den), the "dendritic" framework: its flake module
  # (`flakeModule`, `flakeModules.default`) declares `den.hosts.<system>.<name>`, a host
  # whose class is "nixos" unless its system is a darwin one, `den.aspects.<name>`, an
  # aspect (a module per class, `nixos`, `darwin`, `homeManager`, ..., and `includes`,
  # other aspects), and `den.default`, the aspect every host includes; `den` is also a
  # module argument of the flake's modules. A NixOS host is its `instantiate` (the
  # flake's `inputs.nixpkgs.lib.nixosSystem` unless it says otherwise) of the `nixos`
  # modules of its `aspect` (`den.aspects.<name>` unless it says otherwise) and of
  # `den.default`, each with those of the aspects it includes, an aspect included
  # twice taken once, and `nixpkgs.hostPlatform` its system by default, given no special
  # arguments; it is `nixosConfigurations.<name>` (`intoAttr`). `flakeModules.dendritic`
  # is that module with `flake-file.inputs.den.url`, which needs flake-file's options.
  # Not modelled, so unknown (the host imports a module ncc does not evaluate, which may
  # define anything): an include that is a function of the context
  # (`{ host, ... }: ...`), an aspect written as one, den's batteries (`den.provides`,
  # its aliases `den._` and `den.batteries`), what a host's users give it (their
  # aspects' `nixos` modules, `provides.to-hosts`), what `den.schema.host`, `den.ctx` and
  # `den.policies` add to every host, den's quirks; the rest of `den` is open. A class module is given
  # its host as `host` (`nixos = { host, ... }: ...`), as den's context gives it. Darwin
  # hosts, homes and every other class are no NixOS host: left out.
  denFlakeModule = { config, inputs, ... }:
    let
      den = config.den;
      # den's input, whose placeholders name what ncc leaves unknown.
      denSource = inputs.den or opaque.den;
      open = lib.mkOptionType { name = "ncc-open-world"; };
      # What ncc does not evaluate of den, included by an aspect.
      notModelled = what: { _nccDenUnknown = what; __functor = self: _: self; };
      # A value of den's that an aspect includes (a battery, a policy, a function of the
      # context), which the open world would take for a module: one definition is its
      # value, several sets merge as an aspect's, and functions are den's to merge.
      included = lib.mkOptionType {
        name = "den-included";
        merge = loc: defs:
          if builtins.length defs == 1 then (builtins.head defs).value
          else if builtins.all (def: builtins.isAttrs def.value && !lib.isFunction def.value) defs
          then aspectType.merge loc defs
          else notModelled (lib.showOption loc);
      };
      # den's batteries by the names its versions give them, and the flake's own.
      batteries = lib.genAttrs [
        "define-user" "primary-user" "user-shell" "hostname" "home-manager" "unfree"
        "insecure" "tty-autologin" "wsl" "import-tree" "forward" "os-user" "os-class"
        "mutual-provider" "host-aspects" "hjem" "maid" "inputs'" "self'"
      ] (name: notModelled "den.provides.${name}") // den.provides;
      # An aspect given as a function is den's parametric one: an include of its own.
      aspectType =
        let
          submodule = lib.types.submodule ({ name, ... }: {
            freeformType = lib.types.lazyAttrsOf lib.types.deferredModule;
            imports = [ (lib.mkAliasOptionModule [ "_" ] [ "provides" ]) ];
            options = {
              name = lib.mkOption { type = lib.types.str; default = name; };
              description = lib.mkOption { type = lib.types.str; default = "Aspect ${name}"; };
              includes = lib.mkOption { type = lib.types.listOf lib.types.raw; default = [ ]; };
              provides = lib.mkOption { type = lib.types.lazyAttrsOf included; default = { }; };
              _nccDenAspect = lib.mkOption { type = lib.types.bool; default = true; internal = true; };
            };
          });
        in submodule // {
          # Called (`(my.backup { bucket = "x"; })`), a parametric aspect gives what ncc
          # does not evaluate. What an aspect provides is an attribute of it too, as den
          # forwards it (`den.aspects.gpu.laptop` is `den.aspects.gpu.provides.laptop`),
          # under the aspect's own attributes.
          merge = loc: defs:
            let
              merged = submodule.merge loc (map (def:
                if lib.isFunction def.value then def // { value.includes = [ def.value ]; } else def) defs);
            in
            builtins.removeAttrs merged.provides [ "_module" ] // merged
            // { __functor = _: _: notModelled "a call of aspect ${lib.showOption loc}"; };
        };
      hostType = system: lib.types.submodule ({ name, config, ... }: {
        freeformType = open;
        options = {
          name = lib.mkOption { type = lib.types.str; default = name; };
          hostName = lib.mkOption { type = lib.types.str; default = config.name; };
          system = lib.mkOption { type = lib.types.str; default = system; };
          class = lib.mkOption {
            type = lib.types.str;
            default = if lib.hasSuffix "darwin" config.system then "darwin" else "nixos";
          };
          aspect = lib.mkOption { type = lib.types.raw; default = den.aspects.${config.name} or { }; };
          users = lib.mkOption { type = lib.types.lazyAttrsOf open; default = { }; };
          instantiate = lib.mkOption {
            type = lib.types.raw;
            default =
              if config.class == "nixos" && inputs ? nixpkgs then inputs.nixpkgs.lib.nixosSystem
              else denSource.lib.instantiate;
          };
          intoAttr = lib.mkOption {
            type = lib.types.listOf lib.types.str;
            default = [ ({ nixos = "nixosConfigurations"; darwin = "darwinConfigurations"; }.${config.class} or "systemConfigs") config.name ];
          };
        };
      });
      # The `class` modules of an aspect and of what it includes, depth first, and
      # whether something there is not modelled; an aspect of `den.aspects` once.
      walk = class: seen: aspect:
        if !builtins.isAttrs aspect || aspect ? _nccDenUnknown
          || lib.isFunction aspect && !(aspect._nccDenAspect or false)
        then [ { key = null; modules = [ ]; unknown = true; } ]
        else
          let
            named = aspect._nccDenAspect or false;
            key = if named then aspect.name else null;
          in
          if named && builtins.elem key seen then [ ]
          else
            [ { inherit key; modules = lib.optional (aspect ? ${class}) aspect.${class}; unknown = false; } ]
            ++ lib.concatMap (walk class (seen ++ lib.optional named key)) (aspect.includes or [ ]);
      hostModules = host:
        let
          entries = walk host.class [ ] host.aspect ++ walk host.class [ ] den.default;
          kept = builtins.foldl' (acc: entry:
            if entry.key != null && builtins.elem entry.key acc.keys then acc
            else { keys = acc.keys ++ [ entry.key ]; entries = acc.entries ++ [ entry ]; })
            { keys = [ ]; entries = [ ]; } entries;
          # What den's schema, contexts and policies add to every host
          # (`den.schema.host.includes`) is den's to resolve.
          unknown = builtins.any (entry: entry.unknown) entries || host.users != { }
            || den.schema ? host || den.schema ? conf || builtins.attrNames den.ctx != [ ]
            || builtins.attrNames den.policies != [ ];
        in
        lib.concatMap (entry: entry.modules) kept.entries
        ++ [ {
          nixpkgs.hostPlatform = lib.mkDefault host.system;
          # den's class modules may ask for their context (`nixos = { host, pkgs, ... }:`).
          _module.args.host = lib.mkDefault host;
        } ]
        ++ lib.optional unknown denSource.lib.aspects.resolve;
      hosts = lib.concatMap builtins.attrValues (builtins.attrValues den.hosts);
      nixosHosts = builtins.filter (host:
        host.class == "nixos" && builtins.length host.intoAttr == 2
        && builtins.head host.intoAttr == "nixosConfigurations") hosts;
    in
    {
      key = "den/flakeModule";
      options.den = lib.mkOption {
        default = { };
        type = lib.types.submodule {
          freeformType = open;
          # One set of batteries by its three names: a flake may write its own under
          # any of them (`den.batteries.<name> = ...`), as den's aliases let it.
          imports = [
            (lib.mkAliasOptionModule [ "batteries" ] [ "provides" ])
            (lib.mkAliasOptionModule [ "_" ] [ "provides" ])
          ];
          options = {
            hosts = lib.mkOption {
              default = { };
              type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
                freeformType = lib.types.attrsOf (hostType name);
              }));
            };
            homes = lib.mkOption { type = lib.types.lazyAttrsOf open; default = { }; };
            aspects = lib.mkOption { type = lib.types.lazyAttrsOf aspectType; default = { }; };
            default = lib.mkOption { type = aspectType; default = { }; };
            provides = lib.mkOption { type = lib.types.lazyAttrsOf included; default = { }; };
            policies = lib.mkOption { type = lib.types.lazyAttrsOf included; default = { }; };
            schema = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.deferredModule; default = { }; };
            ctx = lib.mkOption { type = lib.types.lazyAttrsOf open; default = { }; };
            # The aspects of each namespace (`denNamespace`).
            ful = lib.mkOption {
              default = { };
              type = lib.types.lazyAttrsOf (lib.types.submodule {
                freeformType = lib.types.lazyAttrsOf aspectType;
                options.ctx = lib.mkOption { type = open; default = { }; };
                options.schema = lib.mkOption { type = open; default = { }; };
              });
            };
          };
        };
      };
      config._module.args.den = den // {
        provides = batteries;
        _ = batteries;
        batteries = batteries;
        lib = denSource.lib;
      };
      config.flake.nixosConfigurations = builtins.listToAttrs (map (host: {
        name = lib.last host.intoAttr;
        value = host.instantiate { modules = hostModules host; };
      }) nixosHosts);
    };

  # vic/flake-file's flake modules: `default` (and `import-tree`) declare `flake-file.*`,
  # what it writes flake.nix from, and make no host: declared open, so that the flake's
  # definitions of them are none of ncc's concern. `dendritic` is those with flake-parts'
  # `flakeModules.modules` of the flake's own flake-parts input and `systems` by default
  # every system flakes expose. Its other flake modules are placeholders.
  flakeFileModule = {
    key = "flake-file/options";
    options.flake-file = lib.mkOption {
      type = lib.types.submodule { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; };
      default = { };
    };
  };
  flakeFileInput = {
    flakeModules = {
      default = flakeFileModule;
      import-tree = flakeFileModule;
      dendritic = { inputs, ... }: {
        imports = [ (inputs.flake-parts.flakeModules.modules or { }) flakeFileModule ];
        systems = lib.mkDefault lib.systems.flakeExposed;
      };
    };
  };
  # den's `namespace name sources`: a flake module making `den.ful.<name>` a set of
  # aspects, `<name>` its alias and a module argument; the aspects of other flakes'
  # namespaces it takes (`sources`) are not read.
  denNamespace = name: sources: { config, ... }: {
    key = "den/namespace/${name}";
    imports = [ (lib.mkAliasOptionModule [ name ] [ "den" "ful" name ]) ];
    config._module.args.${name} = config.den.ful.${name};
  };
  denInput = rec {
    namespace = denNamespace;
    flakeModule = denFlakeModule;
    flakeModules = {
      default = denFlakeModule;
      dendritic = { lib, ... }: {
        imports = [ denFlakeModule ];
        flake-file.inputs.den.url = lib.mkDefault "github:vic/den";
      };
    };
    modules.flake = flakeModules;
  };

  # The outputs of a flake-parts flake with clan's module: its machines join the
  # `nixosConfigurations` written directly.
  # The flake module also gives the clan's own outputs as `flake.clan`, so that a flake
  # may build on a machine (`self.clan.nixosConfigurations.web.extendModules { ... }`).
  withClan = self: clan: outputs:
    if clan == null then outputs
    else
      let machines = (clanMachines (clan // { self = if clan.self or null != null then clan.self else self; })).nixosConfigurations;
      in outputs // {
        nixosConfigurations = machines // (outputs.nixosConfigurations or { });
        clan = clan // {
          nixosConfigurations = machines;
          clanInternals = opaque.clanInternals;
        };
      };

  # Another flake's `lib.nixosSystem`, a wrapper of nixpkgs' (nvmd/nixos-raspberrypi's):
  # the host nixpkgs' makes of the modules given and those the flake adds, `own`, a module
  # ncc does not evaluate.
  inputNixosSystem = own: args: nixosSystem (args // { modules = [ own ] ++ (args.modules or [ ]); });

  # A nixpkgs input's `lib`: ncc's own, with `nixosSystem`, added as nixpkgs' flake adds it (by `extend`, so that
  # `nixpkgs.lib.extend f` keeps it); its hosts' modules get the lib it is in (`final`), unless the call names one.
  nixpkgsLib = lib.extend (final: prev: { nixosSystem = args: nixosSystem ({ lib = final; } // args); });

  # The `lib` of the nixpkgs input `name`: `nixpkgsLib`, whose `lib.version` is that of
  # the release its ref or url names (`nixos-26.05`, `release-24.11`,
  # `nixpkgs-25.05-darwin`), as nixpkgs' `lib/.version` there says, followed by the
  # suffix nixpkgs' flake gives it (lib/flake-version-info.nix): the date its source was
  # last modified and its short revision, which flake.lock records
  # (`26.05.20260725.0123456`). A flake telling its nixpkgs inputs apart by
  # `lib.versions.majorMinor nixpkgs.lib.version` finds each under its own release. Where
  # nothing names a release (`nixos-unstable`, a revision), the release nixpkgs' master
  # was heading to when the locked source was last modified (`masterReleases`: 26.11
  # after 26.05's branch-off), else ncc's own (25.11); where nothing is locked, ncc's
  # own suffix. A release of 26.05 or later gets what lib 26.05 added to 25.11's
  # (`lib._nccRelease."26.05"`), so that unstable locked since December 2025 has it too:
  # a name it did not have yet is a missed error, never a false one.
  nixpkgsLibOf = flake: lock: name:
    let
      origin = inputOrigin flake lock name;
      release = inputRelease flake lock name;
      rev = origin.locked.rev or null;
      lastModified = origin.locked.lastModified or null;
      versionSuffix =
        if builtins.isInt lastModified then
          ".${dateOf lastModified}.${if builtins.isString rev then builtins.substring 0 7 rev else "dirty"}"
        else lib.trivial.versionSuffix;
      # One extension, lib 26.05's names and the release's version (each `extend` copies
      # the whole of lib once more, for every input and flake-parts' lib).
      added = final: prev: if gainsRelease2605 release then lib._nccRelease."26.05" final prev else { };
    in
    if release == lib.trivial.release && versionSuffix == lib.trivial.versionSuffix then nixpkgsLib
    else nixpkgsLib.extend (final: prev:
      let gained = added final prev; in
      gained // {
        trivial = (gained.trivial or prev.trivial) // {
          inherit release versionSuffix;
          version = release + versionSuffix;
        } // lib.optionalAttrs (builtins.isString rev) {
          revisionWithDefault = default: rev;
        };
      });

  # The release of the nixpkgs input `name`, as `nixpkgsLibOf` tells it.
  inputRelease = flake: lock: name:
    let
      origin = inputOrigin flake lock name;
      said = " ${lib.concatStringsSep " " (builtins.filter builtins.isString [ origin.ref origin.text ])} ";
      named = builtins.match ".*[^0-9.]([0-9][0-9][.](0[1-9]|1[0-2]))([^0-9.].*|[.][^0-9].*)" said;
      lastModified = origin.locked.lastModified or null;
      master = lib.findFirst (branch: builtins.isInt lastModified && lastModified >= branch.since) null masterReleases;
    in
    if named != null then builtins.head named
    else if master != null then master.release
    else lib.trivial.release;

  # Whether a nixpkgs of `release` gets what lib 26.05 added to ncc's lib (25.11).
  gainsRelease2605 = release: builtins.compareVersions release "26.05" >= 0;

  # The release nixpkgs' master (and so nixos-unstable) was heading to from each branch-off
  # on, newest first, as its `lib/.version` said: "26.11 is Zokor" (84c24e25, 2026-05-24
  # 13:07:40 UTC), "26.05 is Yarara" (9f46ba37, 2025-11-24 20:17:44 UTC). Before them,
  # ncc's own release stands.
  masterReleases = [
    { since = 1779628060; release = "26.11"; }
    { since = 1764015464; release = "26.05"; }
  ];

  # The UTC date of a Unix time as Nix shows a flake's `lastModifiedDate` up to the day,
  # `YYYYMMDD`: days since 1970 to the proleptic Gregorian calendar, by 400-year eras.
  dateOf = seconds:
    let
      z = seconds / 86400 + 719468;
      era = z / 146097;
      dayOfEra = z - era * 146097;
      yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
      dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
      monthFromMarch = (5 * dayOfYear + 2) / 153;
      day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
      month = if monthFromMarch < 10 then monthFromMarch + 3 else monthFromMarch - 9;
      year = yearOfEra + era * 400 + (if month <= 2 then 1 else 0);
      pad = n: if n < 10 then "0${toString n}" else toString n;
    in
    "${toString year}${pad month}${pad day}";

  # A nixpkgs input's `legacyPackages`: nixpkgs' package set for each system its flake
  # exposes, as nixpkgs' flake makes it, `importNixpkgs { inherit system; }` (the
  # stand-in, whose `lib` is ncc's and whose `stdenv` knows its platform).
  nixpkgsLegacyPackages = importNixpkgs:
    lib.genAttrs lib.systems.flakeExposed (system: importNixpkgs { inherit system; });

  # erikarvstedt/extra-container's `lib`. `buildContainers` (through `evalContainers`)
  # evaluates its `config` as a NixOS system of a few of NixOS's modules, the containers
  # module among them, and extra-container's own, which adds `containers.<name>.extra`:
  # recorded as `nixosSystem` records a host, with that module first, and marked
  # (`_nccExtraContainers`), so that flake.rs checks the containers a flake builds this
  # way. extra-container declares `system.stateVersion` itself, "22.05" unless
  # `legacyInstallDirs` asks for the directories of older NixOS; a module that sets it
  # wins. What `buildContainers` builds is a package, named `container`.
  extraContainerLib = rec {
    supportedSystems = [ "x86_64-linux" "i686-linux" "aarch64-linux" ];
    eachSupportedSystem = flakeUtilsLib.eachSystem supportedSystems;
    evalContainers = { system, config, nixpkgs ? null, legacyInstallDirs ? false }:
      nixosSystem {
        inherit system;
        modules = [
          extraContainerModule
          {
            _file = "<ncc stand-in for extra-container>";
            system.stateVersion = lib.mkOverride 1400 (if legacyInstallDirs then "21.11" else "22.05");
          }
          config
        ];
      } // { _nccExtraContainers = true; };
    buildContainers = { system, config, nixpkgs ? null, legacyInstallDirs ? false, addRunner ? true }:
      let evaluated = evalContainers { inherit system config nixpkgs legacyInstallDirs; };
      in evaluated // {
        type = "derivation";
        name = "container";
        outPath = "${opaque.extraContainer}";
        containers = evaluated.config.containers;
      };
  };

  # flake-utils' `lib`: the functions that shape outputs per system. An output `o` of
  # `f system` becomes `o.${system}`.
  flakeUtilsLib = rec {
    defaultSystems = [ "aarch64-linux" "aarch64-darwin" "x86_64-darwin" "x86_64-linux" ];
    allSystems = defaultSystems ++ [ "i686-linux" "armv6l-linux" "armv7l-linux" "riscv64-linux" ];
    system = lib.genAttrs allSystems (name: name);
    eachSystem = systems: f:
      let perSystem = map (name: { inherit name; value = f name; }) systems;
          outputNames = lib.unique (lib.concatMap (entry: builtins.attrNames entry.value) perSystem);
      in lib.genAttrs outputNames (output:
        builtins.listToAttrs (lib.concatMap (entry:
          if entry.value ? ${output}
          then [ { inherit (entry) name; value = entry.value.${output}; } ]
          else [ ]) perSystem));
    eachDefaultSystem = eachSystem defaultSystems;
    eachSystemMap = systems: f: lib.genAttrs systems f;
    eachDefaultSystemMap = eachSystemMap defaultSystems;
  };

  # The outputs flake-parts declares under `flake` (none of nix-darwin's or home-manager's,
  # which a flake may declare itself); any other is merged as a value of its own, defined
  # once. Where a flake module ncc does not evaluate (an input's) is imported, it may be the
  # one that declares an output (`options.flake.lib = mkOption { type = submodule ...; }`,
  # whose definitions merge): an output defined once is still that value, but the
  # definitions of one defined several times merge as attribute sets do, and what they
  # cannot make so (two functions, two strings) is unknown, never "defined multiple times".
  flakeOutputsFreeform = importsOpaque: {
    freeformType = lib.types.lazyAttrsOf (
      if importsOpaque then outputOfUnknownDeclaration
      else lib.types.unique {
        message = "No option has been declared for this flake output attribute, so its definitions can't be merged automatically.";
      } lib.types.raw);
  };
  outputOfUnknownDeclaration = lib.mkOptionType {
    name = "raw";
    description = "raw value";
    merge = loc: defs:
      if builtins.length defs == 1 then (builtins.head defs).value
      else if builtins.all (def: builtins.isAttrs def.value) defs
      then (lib.types.lazyAttrsOf outputOfUnknownDeclaration).merge loc defs
      else opaque.flakeOutput;
  };
  flakeOutputs = {
    options = lib.genAttrs [ "nixosConfigurations" "overlays" "formatter" ]
        (_: lib.mkOption { type = lib.types.lazyAttrsOf lib.types.raw; default = { }; })
      // {
        nixosModules = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.deferredModule; default = { }; };
      }
      // lib.genAttrs [ "packages" "apps" "checks" "devShells" "legacyPackages" ]
        (_: lib.mkOption { type = lib.types.lazyAttrsOf (lib.types.lazyAttrsOf lib.types.raw); default = { }; });
  };

  # The extras of flake-parts a flake imports for the options they declare, as
  # flake-parts' extras/flakeModules.nix and extras/modules.nix declare them (its other
  # `flakeModules` are the placeholder's: modules ncc does not evaluate). Without them
  # `flake.flakeModules` and `flake.modules` are outputs like any other, which a flake
  # may declare itself; a flake module of an input ncc does not evaluate may import them
  # (dendritic setups' usually do), so there they are declared too (`evalFlakeModule`).
  flakePartsModules = {
    flakeModules = { moduleLocation, ... }: {
      key = "flake-parts/extras/flakeModules.nix";
      options.flake = lib.mkOption {
        type = lib.types.submoduleWith { modules = [ (flakePartsOutputs moduleLocation).flakeModules ]; };
      };
    };
    modules = { moduleLocation, ... }: {
      key = "flake-parts/extras/modules.nix";
      options.flake = lib.mkOption {
        type = lib.types.submoduleWith { modules = [ (flakePartsOutputs moduleLocation).modules ]; };
      };
    };
    # extras/easyOverlay.nix: `flake.overlays.default`, an overlay of what `perSystem`'s
    # `overlayAttrs` holds for the system of the package set it extends. ncc does not run
    # `perSystem`; the packages it would add are the `pkgs` stand-in's, which has every
    # name, so the overlay adds none.
    easyOverlay = {
      key = "flake-parts/extras/easyOverlay.nix";
      config.flake.overlays.default = final: prev: { };
    };
  };

  # What the extras declare in the `flake` submodule, each keyed so that it is declared
  # once however often it is imported.
  flakePartsOutputs = moduleLocation: {
    # `flake.flakeModules.<name>`, flake-parts modules for other flakes (`flakeModule`
    # is `flakeModules.default`).
    flakeModules = {
      key = "ncc:flake-parts/extras/flakeModules.nix#flake";
      imports = [ (lib.mkAliasOptionModule [ "flakeModule" ] [ "flakeModules" "default" ]) ];
      options.flakeModules = lib.mkOption {
        type = lib.types.lazyAttrsOf lib.types.deferredModule;
        default = { };
        apply = lib.mapAttrs (name: module: {
          _file = "${toString moduleLocation}#flakeModules.${name}";
          key = "${toString moduleLocation}#flakeModules.${name}";
          imports = [ module ];
          _class = "flake";
        });
      };
    };
    # `flake.modules.<class>.<name>`: the modules of a class by name, each made of every
    # file that defines it (the "dendritic" layout, one feature per file across
    # classes), each given its class (`generic` none).
    modules = {
      key = "ncc:flake-parts/extras/modules.nix#flake";
      options.modules = lib.mkOption {
        type = lib.types.lazyAttrsOf (lib.types.lazyAttrsOf lib.types.deferredModule);
        apply = lib.mapAttrs (class: lib.mapAttrs (name: module:
          if class == "generic" then module
          else { ... }: {
            _class = class;
            _file = "${toString moduleLocation}#modules.${lib.strings.escapeNixIdentifier class}.${lib.strings.escapeNixIdentifier name}";
            imports = [ module ];
          }));
      };
    };
  };

  # flake-parts gives its modules the `lib` of its `nixpkgs-lib` input: nixpkgs' own
  # (with `nixosSystem`; with what lib 26.05 added when the input is 26.05 or later) when
  # that input follows a nixpkgs input, as flakes usually make it, else the library alone
  # of nix-community/nixpkgs.lib.
  flakePartsLibFor = flake: lock: name:
    let
      declared = flake.inputs.${name}.inputs.nixpkgs-lib.follows or null;
      lockRoot = if lock == null then { } else lock.nodes.${lock.root or "root"}.inputs or { };
      # flake-parts' own lock entry, also where the flake's input follows another input's
      # (`flake-parts.follows = "core/flake-parts"`).
      node = if lock == null then null else lockNode lock 0 (lockRoot.${name} or null);
      locked = if node != null then lock.nodes.${node}.inputs.nixpkgs-lib or null else null;
      lockedNode = if builtins.isList locked then lockNode lock 0 locked else null;
      # The nixpkgs input it follows: when that has what lib 26.05 added, its lib is that
      # input's (with its release); else `nixpkgsLib`, shared (a lib of its own would be
      # evaluated again); a path through another input names the flake's input of its node.
      followed =
        if builtins.isString declared then builtins.head (lib.splitString "/" declared)
        else if builtins.isList locked && builtins.length locked == 1 then builtins.head locked
        else if lockedNode != null then
          lib.findFirst (input: lockNode lock 0 lockRoot.${input} == lockedNode) null (builtins.attrNames lockRoot)
        else null;
      gains = followed != null && gainsRelease2605 (inputRelease flake lock followed);
      # clan's flake module is an input's (`clan-core`): clan-core's own flake imports
      # its own, which ncc evaluates, so the stand-in would declare `clan` twice.
      clanFromInput = builtins.elem "clan" (builtins.attrValues (inputKinds flake lock));
    in flakePartsLib (if gains then nixpkgsLibOf flake lock followed
      else if declared != null || builtins.isList locked then nixpkgsLib else lib) clanFromInput;

  # flake-parts' `lib.importApply`: a module file that is a function of static arguments,
  # applied to them, located at its file.
  importApply = modulePath: staticArgs:
    lib.setDefaultModuleLocation modulePath (import modulePath staticArgs);

  # flake-parts' `lib.mkSubmoduleOptions`: options added to a submodule flake-parts
  # already declares (`options.flake = mkSubmoduleOptions { builders = mkOption ...; }`),
  # an option of that submodule's type which nixpkgs merges into flake-parts' own, so
  # that the options declared there are typed and their defaults given.
  mkSubmoduleOptions = options: lib.mkOption {
    type = lib.types.submoduleWith { modules = [ { inherit options; } ]; };
  };

  # flake-parts' `lib.mkPerSystemOption` and `mkPerSystemType`: a flake module's own
  # options for `perSystem` (`options.perSystem = mkPerSystemOption ({ system, ... }: {
  # options.isDevSystem = ...; })`), a declaration flake-parts merges into its own. ncc
  # declares `perSystem` raw (it does not run `perSystem`, whose options are the open
  # world's where it evaluates it), so these declare it raw too, and the two merge as
  # nixpkgs merges two declarations of one raw option; the module they are given is not
  # read.
  mkPerSystemType = module: lib.types.raw;
  mkPerSystemOption = module: lib.mkOption { type = mkPerSystemType module; };

  # flake-parts' `lib.mkFlake`: its module evaluated for the `flake` option, which holds
  # the outputs written directly (`flake.nixosConfigurations`); `perSystem` is not run.
  # `lib.evalFlakeModule` is that evaluation, whose `config.flake` `mkFlake` returns.
  flakePartsLib = partsLib: clanFromInput: rec {
    inherit importApply mkSubmoduleOptions mkPerSystemOption mkPerSystemType;
    mkFlake = args: module: (evalFlakeModule args module).config.flake;
    evalFlakeModule = args: module:
      let
        inputs = args.inputs;
        partsOptions = { config, options, moduleLocation, ... }: {
          # A flake module of an input (`imports = [ inputs.x.flakeModule ]`), which ncc
          # does not evaluate, may add outputs (`flake.x.lib`): then the outputs belong to
          # the open world (lib-nix's OPEN_WORLD_TYPE), and one ncc does not see defined is
          # unknown rather than missing. Read once the modules are collected: by a module
          # of the submodule, called when `flake` is evaluated, so that merging the
          # declarations (a flake module's own `options.flake.colmena = mkOption ...`
          # adds to this submodule while `evaluated` is being made) does not read it.
          options.flake = lib.mkOption {
            type = lib.types.submoduleWith {
              modules = [
                flakeOutputs
                (_: flakeOutputsFreeform evaluated._nccImportsOpaque)
                # clan-core's flake module declares `flake.clan` (its current name; `clan`
                # is renamed to it), a submodule whose machines become hosts: declared,
                # its attributes are known even where the flake's outputs are open.
                (lib.optionalAttrs clanFromInput { options.clan = clanOption; })
                (_: {
                  imports = lib.optionals evaluated._nccImportsOpaque [
                    opaque.flakeModule
                    (flakePartsOutputs moduleLocation).flakeModules
                    (flakePartsOutputs moduleLocation).modules
                  ];
                })
              ];
            };
            default = { };
          };
          options.systems = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
          options.perSystem = lib.mkOption { type = lib.types.raw; default = { }; };
          # flake-parts' `transposition.<name>`: an output `perSystem` makes per system,
          # which `mkTransposedPerSystemModule` adds to those below, with the module
          # declaring its `perSystem` option (ncc's own `_nccPerSystemModules`).
          options.transposition = lib.mkOption {
            type = lib.types.lazyAttrsOf lib.types.raw;
            default = { };
          };
          options._nccPerSystemModules = lib.mkOption {
            type = lib.types.listOf lib.types.raw;
            default = [ ];
            internal = true;
          };
          options.debug = lib.mkOption { type = lib.types.bool; default = false; };
          config._module.args = {
            withSystem = system: f: f (withSystemArguments options.perSystem.definitions config._nccPerSystemModules system f);
            # flake-parts' `getSystem`: the `perSystem` configuration of a system, whose
            # `allModuleArgs` are the arguments `withSystem` gives; what else it holds is
            # the placeholder's, as ncc does not run `perSystem`.
            getSystem = system: opaque.perSystemConfig // {
              allModuleArgs = opaque.allModuleArgs // perSystemArguments system;
            };
            moduleWithSystem = f: opaque.moduleWithSystem;
          };
          # flake-parts transposes what `perSystem` makes into these outputs, one set per
          # system of `systems` (`self.packages.x86_64-linux.site`). ncc does not run
          # `perSystem`: each set stands for what it makes, as the `pkgs` stand-in does
          # for a package, and merges with what the flake writes there directly. Where
          # ncc cannot know `systems` (`import inputs.systems`), every system has them.
          # An output `mkTransposedPerSystemModule` adds is what `perSystem` makes of its
          # option for each system: flake-parts evaluates the `perSystem` modules, and so
          # does ncc, for these outputs alone (see `perSystemEvaluation`).
          config.flake =
            let
              systems = knownStrings config.systems;
              evaluations = lib.genAttrs systems (perSystemEvaluation options.perSystem.definitions config._nccPerSystemModules);
            in
            lib.genAttrs perSystemOutputs (output:
              if systems == null then opaque.perSystem.${output}
              else lib.genAttrs systems (system: opaque.perSystem.${output}.${system}))
            // lib.genAttrs (builtins.filter (name: !(builtins.elem name perSystemOutputs)) (builtins.attrNames config.transposition)) (output:
              if systems == null then opaque.perSystem.${output}
              else lib.genAttrs systems (system:
                let evaluation = evaluations.${system}; in
                # A flake module ncc does not evaluate (an input's) may be the one that
                # defines it: then it is unknown, not "has no value defined".
                if evaluated._nccImportsOpaque && !evaluation.options.${output}.isDefined
                then perSystemUnknown.config.${output}
                else evaluation.config.${output}));
        };
        # `perSystem` as the open world: what it makes is unknown (`perSystem.pkgs`).
        perSystemUnknown = lib.evalModules {
          prefix = [ "perSystem" ];
          modules = [{ freeformType = lib.mkOptionType { name = "ncc-open-world"; }; }];
        };
        # flake-parts' `perSystem` for `system`, as its `perSystem` option evaluates it:
        # the flake's `perSystem` modules with the declarations of the transposed outputs,
        # given `system` and a `pkgs` that is `inputs.nixpkgs.legacyPackages.${system}`
        # unless a module sets `_module.args.pkgs`. What else they define (`packages`,
        # `devShells`, options of flake modules ncc does not see) is the open world's.
        perSystemEvaluation = definitions: declarations: system: lib.evalModules {
          modules = definitions ++ declarations ++ [
            { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; }
            {
              _module.args.pkgs = lib.mkOptionDefault
                (if inputs ? nixpkgs then inputs.nixpkgs.legacyPackages.${system} else opaque.pkgs);
            }
          ];
          specialArgs = {
            inherit system inputs;
            inputs' = opaque.inputs';
            self' = opaque.self';
          };
        };
        perSystemOutputs = [ "packages" "apps" "checks" "devShells" "legacyPackages" "formatter" ];
        # flake-parts' `mkTransposedPerSystemModule`: a flake output made per system by
        # `perSystem`'s option `name`, declared as flake-parts declares it (one value of
        # the option's type per system) and transposed as the outputs above are; ncc's
        # `perSystem` is raw, so its declaration of the option is kept for
        # `perSystemEvaluation`.
        mkTransposedPerSystemModule = { name, option, file }: {
          _file = file;
          options.flake = lib.mkOption {
            type = lib.types.submoduleWith {
              modules = [{
                options.${name} = lib.mkOption {
                  type = lib.types.lazyAttrsOf option.type;
                  default = { };
                  description = "See {option}`perSystem.${name}` for description and examples.";
                };
              }];
            };
          };
          config.transposition.${name} = { };
          config._nccPerSystemModules = [{ _file = file; options.${name} = option; }];
        };
        clanOption = lib.mkOption {
          type = lib.types.nullOr (lib.types.submoduleWith {
            specialArgs = clanSpecialArgs inputs.self;
            modules = [ clanInterface ];
          });
          default = null;
        };
        perSystemArguments = system: {
          inherit system lib inputs;
          pkgs = opaque.pkgs;
          config = opaque.perSystemConfig;
          inputs' = opaque.inputs';
          self' = opaque.self';
          final = opaque.final;
        };
        # flake-parts' `withSystem`: its function is given the `perSystem` module
        # arguments of that system, those the flake's own `perSystem` modules set too
        # (`_module.args.stablePkgs = import inputs.nixpkgs-stable { inherit system; }`).
        # ncc's stand-ins above, and each other argument the function names that a
        # `perSystem` module sets, read from `perSystem` as flake-parts evaluates it; a
        # name no module sets is left out, and the call fails as flake-parts' fails.
        withSystemArguments = definitions: declarations: system: f:
          let
            given = perSystemArguments system;
            asked = builtins.attrNames (builtins.removeAttrs (builtins.functionArgs f) (builtins.attrNames given));
            moduleArgs = (perSystemEvaluation definitions declarations system)._module.args;
          in
          given // lib.genAttrs (builtins.filter (name: moduleArgs ? ${name}) asked) (name: moduleArgs.${name});
        # clan-core's flake module declares `clan`; its machines become hosts.
        clanStandIn = lib.optionalAttrs clanFromInput { options.clan = clanOption; };
        evaluated = lib.evalModules {
          modules = [ partsOptions clanStandIn module ];
          specialArgs = {
            inherit inputs; moduleLocation = args.moduleLocation or "${inputs.self.outPath}/flake.nix";
            lib = partsLib;
            self = inputs.self;
            flake-parts-lib = opaque.flake-parts-lib // { inherit importApply mkSubmoduleOptions mkPerSystemOption mkPerSystemType mkTransposedPerSystemModule; };
          } // (args.specialArgs or { });
        };
        outputs = evaluated.config.flake;
        flake = if !clanFromInput then outputs
          else withClan inputs.self (if evaluated.config.clan != null then evaluated.config.clan else outputs.clan) outputs;
      in evaluated // { config = evaluated.config // { inherit flake; }; };
  };

  parseLock = text: builtins.fromJSON text;

  # What flake.nix and flake.lock say of where input `name` comes from: its url and the
  # original reference its lock entry records, lower-cased (`text`), and the branch or
  # tag that reference names (`ref`), if any.
  inputOrigin = flake: lock: name:
    let
      declared = if builtins.isAttrs (flake.inputs or null) then flake.inputs else { };
      lockRoot =
        if lock == null then { }
        else lock.nodes.${lock.root or "root"}.inputs or { };
      resolve = lockNode lock;
      input = declared.${name} or null;
      node = resolve 0 (lockRoot.${name} or null);
      original = if node != null then lock.nodes.${node}.original or { } else { };
      url = if builtins.isAttrs input then input.url or null else null;
      parts = [ url (original.owner or null) (original.repo or null) (original.id or null) (original.url or null) ];
    in {
      text = lib.toLower (lib.concatStringsSep " " (builtins.filter builtins.isString parts));
      ref = if builtins.isString (original.ref or null) then original.ref else null;
      inherit url;
      # What the lock fixes the input at (`rev`, `lastModified`).
      locked = if node != null then lock.nodes.${node}.locked or { } else { };
    };

  # A lock entry's node: its name, or a path of inputs from the root (an input that
  # follows another's input, `nixpkgs.follows = "home/nixpkgs"`) walked to its node;
  # `depth` bounds the walk.
  lockNode = lock: depth: node:
    if builtins.isString node then node
    else if builtins.isList node && depth < 32 then
      lib.foldl (current: step:
        if current == null then null
        else lockNode lock (depth + 1) (lock.nodes.${current}.inputs.${step} or null))
        (lock.root or "root") node
    else null;

  # The inputs of input `name` that flake.lock says are nixpkgs, by their lock entry's
  # original reference or, that naming nothing ncc knows, their name (`nixpkgs`,
  # `nixpkgs-unstable`): Nix gives `inputs.core.inputs.nixpkgs` the node the lock names,
  # which ncc need not fetch `core` to know (a path input that is a git submodule not
  # checked out, a flake ncc does not evaluate).
  lockedNixpkgsInputsOf = lock: name:
    let
      root = lock.root or "root";
      resolve = lockNode lock;
      node = resolve 0 (lock.nodes.${root}.inputs.${name} or null);
      nodeInputs = if node == null then { } else lock.nodes.${node}.inputs or { };
      isNixpkgs = inputName:
        let
          inputNode = resolve 0 nodeInputs.${inputName};
          original = if inputNode == null then { } else lock.nodes.${inputNode}.original or { };
          text = lib.toLower (lib.concatStringsSep " " (builtins.filter builtins.isString
            [ (original.owner or null) (original.repo or null) (original.id or null) (original.url or null) ]));
          byName = inputName == "nixpkgs" || lib.hasPrefix "nixpkgs-" inputName || lib.hasPrefix "nixpkgs_" inputName;
        in inputNode != null && (builtins.match "(.*[/: ])?nixpkgs(\\.git)?([/ ?].*)?" text != null
          || (byName && builtins.match ".*(flake-utils|flake-parts|colmena|clan-core|blueprint|import-tree|snowfall).*" text == null));
    in if lock == null then [ ] else builtins.filter isNixpkgs (builtins.attrNames nodeInputs);

  # For each nixpkgs input (`names`), what its branch, url or FlakeHub version says
  # (`said`, from which flake.rs tells whether it is nixpkgs 25.11, whose lib ncc's is),
  # and how to name what it is (`release`): a flake written against another nixpkgs may
  # use lib functions 25.11 has not.
  nixpkgsReleases = flake: lock: names:
    lib.genAttrs names (name:
      let
        origin = inputOrigin flake lock name;
        said = " ${lib.concatStringsSep " " (builtins.filter builtins.isString [ origin.ref origin.text ])} ";
      in {
        # What the lock and flake.nix say of it, which flake.rs reads for 25.11.
        inherit said;
        # Whether its lib has what lib 26.05 added to ncc's (see `nixpkgsLibOf`).
        gains = gainsRelease2605 (inputRelease flake lock name);
        release =
          if origin.ref != null then origin.ref
          else if origin.url != null then origin.url
          else lib.trim origin.text;
      });

  # Every input's kind ("nixpkgs", "flake-utils", "flake-utils-plus", "digga", "flake-parts", "colmena", "clan", "blueprint", "import-tree", "haumea", "den", "flake-file", "snowfall", "nixos-unified", "easy-hosts", "ez-configs", "extra-container", "flakelight", "soxin" or "other"), for the
  # inputs the flake declares and its `outputs` function names.
  inputKinds = flake: lock:
    let
      declared = if builtins.isAttrs (flake.inputs or null) then flake.inputs else { };
      outputArguments =
        if builtins.isFunction flake.outputs then builtins.attrNames (builtins.functionArgs flake.outputs) else [ ];
      # Nix gives `outputs` the inputs flake.nix declares and those its arguments name (from
      # the registry); an entry the lock file still holds for an input since removed is
      # not one (passed to an `outputs` without `...`, it was a false error).
      names = builtins.filter (name: name != "self")
        (lib.unique (builtins.attrNames declared ++ outputArguments));
      origin = name: (inputOrigin flake lock name).text;
      followsPath = name:
        let input = declared.${name} or null;
        in if builtins.isAttrs input && builtins.isString (input.follows or null) && !(input ? url)
           then lib.splitString "/" input.follows else null;
      # An input known by nothing but its name.
      byName = name:
        if name == "nixpkgs" || lib.hasPrefix "nixpkgs-" name || lib.hasPrefix "nixpkgs_" name then "nixpkgs"
        else if name == "flake-utils" then "flake-utils"
        else if name == "flake-utils-plus" then "flake-utils-plus"
        else if name == "digga" then "digga"
        else if name == "flake-parts" then "flake-parts"
        else if name == "colmena" then "colmena"
        else if name == "clan-core" then "clan"
        else if name == "blueprint" then "blueprint"
        else if name == "import-tree" then "import-tree"
        else if name == "haumea" then "haumea"
        else if name == "den" then "den"
        else if name == "flake-file" then "flake-file"
        else if name == "snowfall-lib" then "snowfall"
        else if name == "nixos-unified" then "nixos-unified"
        else if name == "easy-hosts" then "easy-hosts"
        else if name == "ez-configs" then "ez-configs"
        else if name == "extra-container" then "extra-container"
        else if name == "flakelight" then "flakelight"
        else if name == "soxin" then "soxin"
        else "other";
      kindOf = seen: name:
        let
          text = origin name;
          path = followsPath name;
          followed = if path == null then null else builtins.head path;
          has = pattern: builtins.match pattern text != null;
          # An input of another input's (`home/nixpkgs`) is what the lock says it is,
          # if it says; else known by the name it has there, whatever that input is
          # (`clan-core/nixpkgs` is a nixpkgs, not clan-core).
          throughLock = path != null && builtins.length path > 1 && text != "";
        in
        if followed != null && followed != name && !(builtins.elem followed seen) && !throughLock then
          (if builtins.length path > 1 then byName (lib.last path)
           else kindOf (seen ++ [ name ]) followed)
        else if text == "" then byName name
        # nix-community/nixpkgs.lib is nixpkgs' `lib` directory alone, its flake's `lib` that one.
        # FlakeHub also publishes nixpkgs as Determinate Systems' `nixpkgs-weekly` and
        # `nixpkgs-<release>-chilled`.
        # A fork fetched with git is named by its repository (`git+https://.../nixpkgs.git`),
        # a channel's tarball by where channels are (`https://nixos.org/channels/nixpkgs-unstable/nixexprs.tar.xz`).
        else if has "(.*[/: ])?nixpkgs(\.lib)?(\.git)?([/ ?].*)?"
          || has ".*(channels\.nixos\.org|nixos\.org/channels/|releases\.nixos\.org/nixos/).*"
          || has "(.*[/: ])?flakehub\.com/f/determinatesystems/nixpkgs-(weekly|[0-9][0-9.]*(-[a-z]+)?)([/ ?].*)?" then "nixpkgs"
        else if has ".*flake-utils-plus.*" then "flake-utils-plus"
        else if has "(.*[/: ])?divnix[/ ]digga([/ ?].*)?" then "digga"
        else if has ".*flake-utils.*" then "flake-utils"
        else if has ".*flake-parts.*" then "flake-parts"
        else if has ".*zhaofengli/colmena.*" || has "(.* )?colmena( .*)?" then "colmena"
        else if has ".*clan-core.*" then "clan"
        else if has ".*numtide/blueprint.*" then "blueprint"
        else if has ".*vic/import-tree.*" then "import-tree"
        else if has "(.*[/: ])?nix-community[/ ]haumea([/ ?].*)?" then "haumea"
        # den moved from vic to denful; flake-file too, and has a fork of its name (sini's).
        else if has "(.*[/: ])?(denful|vic)[/ ]den([/ ?].*)?" then "den"
        else if has "(.*[/: ])?(denful|vic|sini)[/ ]flake-file([/ ?].*)?" then "flake-file"
        else if has "(.*[/: ])?snowfallorg[/ ]lib([/ ?].*)?" then "snowfall"
        else if has "(.*[/: ])?srid[/ ]nixos-unified([/ ?].*)?" then "nixos-unified"
        else if has "(.*[/: ])?tgirlcloud[/ ]easy-hosts([/ ?].*)?" then "easy-hosts"
        else if has "(.*[/: ])?ehllie[/ ]ez-configs([/ ?].*)?" then "ez-configs"
        else if has "(.*[/: ])?erikarvstedt[/ ]extra-container([/ ?].*)?" then "extra-container"
        # flakelight moved from accelbread to nix-community; soxin from kalbasit to SoxinOS.
        else if has "(.*[/: ])?(nix-community|accelbread)[/ ]flakelight([/ ?].*)?" then "flakelight"
        else if has "(.*[/: ])?(soxinos|kalbasit)[/ ]soxin([/ ?].*)?" then "soxin"
        else "other";
    in lib.genAttrs names (kindOf [ ]);

  # The flake's outputs, with `self` their own fixpoint as Nix builds it.
  outputs = flake: inputs: dir:
    let
      self = result // {
        outPath = dir;
        inherit inputs;
        outputs = result;
        sourceInfo = { outPath = dir; };
        _type = "flake";
      };
      result = flake.outputs (inputs // { inherit self; });
    in self;

  # nixpkgs' nixos/lib/eval-config.nix imported directly (`import <nixpkgs/nixos/lib/
  # eval-config.nix> { modules = ...; }`): `lib.nixosSystem`, but for the `system` it
  # takes when given none, `builtins.currentSystem`, where `lib.nixosSystem` gives null.
  evalConfig = args: nixosSystem ({ system = builtins.currentSystem; } // args);

  # nix-community/flakelight: the input is called with the flake's directory and a module
  # (`flakelight ./. { ... }`; `lib.mkFlake` is the same), which flakelight evaluates with
  # its own modules. ncc's declare what makes hosts, typed as flakelight types them:
  # `nixosConfigurations` (a set, or a function of the module arguments, of
  # `lib.nixosSystem` arguments, such functions, or systems already made), `nixosModules`
  # (`nixosModule` is its `default`), `withOverlays`, `nixpkgs.config`, `inputs`,
  # `outputs` and `lib` (the flake's own library, which its modules read as `config.lib`;
  # a function of the module arguments gives it); any other setting is kept unread. Each
  # of those is also read from `nixDir` (`./nix` unless set) as flakelight reads it (every
  # option, since 2024-01-15): `<name>.nix`, `<name>/default.nix`, or a directory whose
  # files and directories with a `default.nix` are its attributes (`_default.nix` for
  # `default`), under the option's name or an alias
  # (`nixDirAliases`, `nixos` for `nixosConfigurations`). A host is the flake's
  # `inputs.nixpkgs.lib.nixosSystem` of its arguments, with `inputs` and `hostname` as
  # special arguments and flakelight's propagation module first: the flake's
  # `withOverlays` and `nixpkgs.config` forwarded to the host, and its module arguments
  # as `flake` (with `inputs'` and `outputs'`). `inputs` are flake.lock's unless the flake
  # gives them: the flake's inputs but `self`, and nixpkgs flakelight's own where the
  # flake has none. Outputs other than the hosts, `nixosModules`, `lib` and the flake's
  # own `outputs` are placeholders: ncc does not build packages, shells or checks.
  flakelightInput = { inputs, nixpkgs }:
    let
      own = flakelightLib { inherit inputs nixpkgs; };
    in {
      __functor = _: own.mkFlake;
      lib = own;
    };

  flakelightLib = { inputs, nixpkgs }: rec {
    # `mkFlake`, and `mkFlake.extend [ ... ]`, the same with those flakelight modules too.
    mkFlakeWith = extraModules: {
      __functor = _: src: root: (lib.evalModules {
        specialArgs.modulesPath = opaque.flakelightModulesPath;
        modules = [ flakelight.interface ] ++ extraModules ++ [
          { inputs = lib.mapAttrs (_: lib.mkOverride 950) (builtins.removeAttrs inputs [ "self" ]); }
          { inputs.nixpkgs = lib.mkDefault nixpkgs; }
          { _module.args = { inherit src; flakelight = flakelightLibrary; }; }
          root
        ];
      }).config._nccOutputs;
      extend = modules: mkFlakeWith (extraModules ++ modules);
      inherit extraModules;
    };
    mkFlake = mkFlakeWith [ ];
    # What flakelight gives its modules as `flakelight`.
    flakelightLibrary = {
      inherit mkFlake;
      inherit (flakelight) importDir importDirPaths selectAttr types;
    };
    inherit (flakelight) importDir importDirPaths selectAttr types;
  };

  flakelight = rec {
    # A directory's entries flakelight imports: each `.nix` file but `default.nix` and
    # each directory with a `default.nix`, named without `.nix` and a leading `_`; the
    # path of a name is `_<name>.nix`, `<name>.nix` or the directory, the first there.
    importDirPaths = dir:
      let
        entries = builtins.attrNames (builtins.readDir dir);
        importable = entry: entry != "default.nix"
          && (lib.hasSuffix ".nix" entry || builtins.pathExists (dir + "/${entry}/default.nix"));
        names = map (entry: lib.removePrefix "_" (lib.removeSuffix ".nix" entry)) (builtins.filter importable entries);
        pathOf = name:
          if builtins.pathExists (dir + "/_${name}.nix") then dir + "/_${name}.nix"
          else if builtins.pathExists (dir + "/${name}.nix") then dir + "/${name}.nix"
          else dir + "/${name}";
      in lib.genAttrs names pathOf;
    importDir = dir: builtins.mapAttrs (_: import) (importDirPaths dir);
    selectAttr = attr: builtins.mapAttrs (_: value: value.${attr} or { });

    types = {
      # A module as flakelight merges one: its definitions, each a module, imported together.
      module = lib.mkOptionType {
        name = "module";
        description = "module";
        check = value: builtins.isPath value || builtins.isFunction value || builtins.isAttrs value;
        merge = _: definitions: { imports = map (definition: definition.value) definitions; };
      };
      overlay = lib.mkOptionType {
        name = "overlay";
        description = "nixpkgs overlay";
        check = builtins.isFunction;
        merge = _: definitions: lib.composeManyExtensions (map (definition: definition.value) definitions);
      };
      # A value, or a function of the module arguments that gives one.
      optCallWith = arguments: type: lib.types.coercedTo lib.types.raw
        (value: if builtins.isFunction value then value arguments else value) type;
      optFunctionTo = type: lib.types.raw;
      nullable = type: lib.types.nullOr type;
      inherit (lib.types) path;
      function = lib.types.raw;
      packageDef = lib.types.raw;
      drv = lib.types.raw;
      stringLike = lib.types.raw;
      fileset = lib.types.raw;
      optListOf = type: lib.types.coercedTo type lib.singleton (lib.types.listOf type);
    };

    # The value of an option read from `nixDir`: the file `<name>.nix`, the directory's
    # `default.nix`, else the directory as a set (of paths, for `nixosModules`), or as
    # the list of that set's values for an option that takes a list (`withOverlays`).
    fromNixDir = nixDir: { asPaths ? false, asList ? false }: name:
      let at = nixDir + "/${name}";
      in if builtins.pathExists (at + ".nix") then [ (import (at + ".nix")) ]
      else if builtins.pathExists (at + "/default.nix") then [ (import at) ]
      else if builtins.pathExists at then
        let set = (if asPaths then importDirPaths else importDir) at;
        in [ (if asList then builtins.attrValues set else set) ]
      else [ ];

    # The propagation module: what flakelight adds to each of its NixOS hosts.
    propagationModule = { moduleArgs, withOverlays, nixpkgsConfig, inputs, outputs }: { pkgs, lib, ... }:
      let system = pkgs.stdenv.hostPlatform.system;
      in {
        _file = "<ncc stand-in for flakelight's propagation module>";
        nixpkgs.overlays = lib.mkOrder 10 withOverlays;
        nixpkgs.config = nixpkgsConfig;
        _module.args.flake = moduleArgs // {
          inputs' = builtins.mapAttrs (_: selectAttr system) inputs;
          outputs' = selectAttr system outputs;
        };
      };

    # A function given to `withOverlays` is an overlay when it takes what module
    # arguments do not give, or gives a function; else it gives the list of overlays.
    overlaysOf = moduleArgs: given:
      if builtins.isList given then given
      else
        let
          wanted = builtins.attrNames (builtins.functionArgs given);
          applied = given moduleArgs;
        in
        if builtins.any (name: !(moduleArgs ? ${name})) wanted || builtins.isFunction applied
        then [ given ] else applied;

    # The outputs flakelight makes that ncc does not (packages, shells, checks, ...).
    builtOutputs = [ "packages" "legacyPackages" "devShells" "checks" "apps" "formatter" "overlays"
      "homeConfigurations" "homeModules" "templates" "bundlers" "flakelightModules" "darwinConfigurations"
      "darwinModules" ];

    interface = { config, moduleArgs, ... }@arguments:
      let
        types = lib.types;
        inherit (flakelight.types) optCallWith module;
        nixDir = config.nixDir;
        aliases = name: [ name ] ++ config.nixDirAliases.${name} or [ ];
        read = how: name: lib.mkMerge (if nixDir == null then [ ]
          else lib.concatMap (fromNixDir nixDir how) (aliases name));
        isNixos = value: value._type or null == "configuration" || value ? config.system.build.toplevel;
        propagation = propagationModule {
          inherit moduleArgs;
          inputs = config.inputs;
          outputs = config._nccOutputs;
          withOverlays = overlaysOf moduleArgs config.withOverlays;
          nixpkgsConfig = config.nixpkgs.config;
        };
        makeNixos = hostname: given: config.inputs.nixpkgs.lib.nixosSystem (given // {
          specialArgs = { inherit (config) inputs; inherit hostname; } // given.specialArgs or { };
          modules = [
            propagation
            ({ flake, ... }: { _module.args = { inherit (flake) inputs'; }; })
          ] ++ given.modules or [ ];
        });
        hosts = builtins.mapAttrs (hostname: given: if isNixos given then given else makeNixos hostname given)
          config.nixosConfigurations;
        nixosModules = config.nixosModules
          // lib.optionalAttrs (config.nixosModule != null) { default = config.nixosModule; };
      in {
        freeformType = types.lazyAttrsOf types.raw;
        options = {
          inputs = lib.mkOption { type = types.lazyAttrsOf types.raw; };
          nixDir = lib.mkOption { type = types.nullOr types.path; default = config._module.args.src + "/nix"; };
          nixDirAliases = lib.mkOption { type = types.attrsOf (types.listOf types.str); default = { }; };
          nixosConfigurations = lib.mkOption {
            type = optCallWith moduleArgs (types.lazyAttrsOf (optCallWith moduleArgs types.attrs));
            default = { };
          };
          nixosModule = lib.mkOption { type = types.nullOr module; default = null; };
          nixosModules = lib.mkOption { type = optCallWith moduleArgs (types.lazyAttrsOf module); default = { }; };
          withOverlays = lib.mkOption { type = types.raw; default = [ ]; };
          nixpkgs = {
            config = lib.mkOption { type = types.lazyAttrsOf types.raw; default = { }; };
            overlays = lib.mkOption { type = types.listOf types.raw; default = [ ]; };
            patches = lib.mkOption { type = types.listOf types.raw; default = [ ]; };
          };
          outputs = lib.mkOption {
            type = optCallWith moduleArgs (types.lazyAttrsOf outputOfUnknownDeclaration);
            default = { };
          };
          lib = lib.mkOption { type = optCallWith moduleArgs (types.lazyAttrsOf types.raw); default = { }; };
          propagationModule = lib.mkOption { type = module; internal = true; };
          # The flake's outputs: those ncc makes over the placeholders of the rest.
          _nccOutputs = lib.mkOption { type = types.raw; internal = true; };
        };
        config = {
          nixosConfigurations = read { } "nixosConfigurations";
          nixosModules = read { asPaths = true; } "nixosModules";
          nixosModule = read { } "nixosModule";
          withOverlays = read { asList = true; } "withOverlays";
          outputs = read { } "outputs";
          lib = read { } "lib";
          nixDirAliases = lib.mkMerge ((if nixDir == null then [ ] else fromNixDir nixDir { } "nixDirAliases")
            ++ [ { nixosConfigurations = [ "nixos" ]; } ]);
          propagationModule = propagation;
          _module.args = {
            inherit (config) inputs;
            outputs = config._nccOutputs;
            moduleArgs = arguments // config._module.args;
            pkgsFor = opaque.pkgsFor;
            genSystems = _: opaque.genSystems;
          };
          _nccOutputs = lib.genAttrs builtOutputs (name: opaque.${name})
            // lib.optionalAttrs (config.lib != { }) { inherit (config) lib; }
            // config.outputs
            // lib.optionalAttrs (config.nixosConfigurations != { }) { nixosConfigurations = hosts; }
            // lib.optionalAttrs (nixosModules != { }) { inherit nixosModules; };
        };
      };
  };

  # SoxinOS/soxin: its `lib.mkFlake` hands flake-utils-plus' `mkFlake` one host per
  # `hosts.<name>` (of `mode` "NixOS"; one of mode "nix-darwin" is nix-darwin's, a
  # placeholder), as soxin's does: the host's modules, then `extraNixosModules`,
  # sops-nix's module with `withSops`, home-manager's and the host's special arguments
  # as home-manager's; its special arguments soxin's (`inputs`, `soxin`, `soxincfg`,
  # `home-manager`, `mode`) under the host's, `globalSpecialArgs` and
  # `nixosSpecialArgs`. Every host has `hostDefaults.modules`, `extraGlobalModules`,
  # soxin's own module, flake-utils-plus' `nix` settings of the inputs and home-manager's
  # settings; the other arguments go to flake-utils-plus as they are, over soxin's (a
  # `hostDefaults` given replaces the modules soxin puts there, as its `recursiveUpdate`
  # does). soxin's inputs are the flake's of their names, which a soxin configuration
  # makes them follow (its template does), else soxin's own placeholders. What soxin's
  # modules declare is the open world's: ncc does not evaluate them. A soxin the lock
  # fixes at an older revision does what it did then (`soxinEras`).
  soxinLibFor = flake: lock: name: own:
    let
      nixpkgsNames = nixpkgsInputNames flake lock;
      lastModified = (inputOrigin flake lock name).locked.lastModified or null;
      before = since: builtins.isInt lastModified && lastModified < since;
      era = {
        declaresChannels = before soxinEras.channelsAsked;
        everyHostNixos = before soxinEras.darwinHosts;
      };
    in {
      mkFlake = soxinMkFlake nixpkgsNames era own;
    };

  # When soxin's `mkFlake` changed what a flake must give it (the commits' UTC times).
  # Until `darwinHosts` (60c6117, "Add support for macOS", 2023-08-30 06:41:38), every
  # host was NixOS's and had the special argument `mode = "NixOS"`, a host saying no
  # `mode` of its own. Until `channelsAsked` (7796d9d, "lib/mk-flake: expect channels
  # and inputs to come in arguments", 2025-05-19 11:58:57), soxin set
  # `channels.nixpkgs.input` to its input `nixpkgs` and `channels.nixpkgs-unstable.input`
  # to its `nixpkgs-unstable`, under the caller's arguments; since, it throws "You must
  # pass in channels.nixpkgs.input" when the caller gives none.
  soxinEras = {
    darwinHosts = 1693377698;
    channelsAsked = 1747655937;
  };

  soxinMkFlake = nixpkgsNames: era: own: { inputs, channels ? { }, hosts ? { }, home-managers ? { }
    , withDeploy ? false, withSops ? false, extraGlobalModules ? [ ], extraHomeManagerModules ? [ ]
    , extraNixosModules ? [ ], globalSpecialArgs ? { }, hmSpecialArgs ? { }, nixosSpecialArgs ? { }
    , sharedOverlays ? [ ], hostDefaults ? { }, generateNixPathFromInputs ? true
    , generateRegistryFromInputs ? true, linkInputs ? true, ... }@args:
    let
      soxinInput = name: inputs.${name} or own.inputs.${name};
      home-manager = soxinInput "home-manager";
      soxin = own;
      soxincfg = inputs.self;
      otherArguments = builtins.removeAttrs args [ "self" "inputs" "hosts" "home-managers" "withDeploy"
        "withSops" "extraGlobalModules" "extraHomeManagerModules" "extraNixosModules" "extraNixDarwinModules"
        "globalSpecialArgs" "hmSpecialArgs" "nixosSpecialArgs" "nixDarwinSpecialArgs" "outputsBuilder"
        "sharedOverlays" ];
      overlays = [ own.overlays.default (soxinInput "nur").overlays.default ] ++ sharedOverlays
        ++ lib.optional withSops (soxinInput "sops-nix").overlays.default;
      nixosHost = host: lib.recursiveUpdate (builtins.removeAttrs host [ "deploy" "mode" ]) {
        modules = (host.modules or [ ]) ++ extraNixosModules
          ++ lib.optional withSops (soxinInput "sops-nix").nixosModules.sops
          ++ [ home-manager.nixosModules.home-manager { home-manager.extraSpecialArgs = host.specialArgs; } ];
        specialArgs = { inherit home-manager inputs soxin soxincfg; inherit (host) mode; }
          // host.specialArgs or { } // globalSpecialArgs // nixosSpecialArgs;
      };
      darwinHost = host: { output = "darwinConfigurations"; } // builtins.removeAttrs host [ "deploy" "mode" "modules" ];
      modeOf = host: if era.everyHostNixos then "NixOS" else host.mode;
      soxinHosts =
        builtins.mapAttrs (_: darwinHost) (lib.filterAttrs (_: host: modeOf host == "nix-darwin") hosts)
        // builtins.mapAttrs (_: host: nixosHost (host // { mode = modeOf host; }))
          (lib.filterAttrs (_: host: modeOf host == "NixOS") hosts);
      systemFlake = {
        inherit inputs;
        flake-utils-plus = soxinInput "flake-utils-plus";
        sharedOverlays = overlays;
        self = soxincfg;
        hosts = soxinHosts;
        outputsBuilder = opaque.outputsBuilder;
        hostDefaults = hostDefaults // {
          modules = (hostDefaults.modules or [ ]) ++ extraGlobalModules ++ [
            soxin.nixosModule
            { nix = { inherit generateNixPathFromInputs generateRegistryFromInputs linkInputs; }; }
            {
              home-manager.useGlobalPkgs = true;
              home-manager.useUserPackages = true;
              home-manager.extraSpecialArgs = { inherit inputs soxin soxincfg home-manager; mode = "home-manager"; }
                // globalSpecialArgs // hmSpecialArgs;
              home-manager.sharedModules = extraGlobalModules ++ extraHomeManagerModules ++ [ soxin.nixosModule ];
            }
          ];
        };
      } // lib.optionalAttrs era.declaresChannels {
        channels.nixpkgs.input = soxinInput "nixpkgs";
        channels.nixpkgs-unstable.input = soxinInput "nixpkgs-unstable";
      } // lib.optionalAttrs withDeploy {
        deploy.nodes = builtins.mapAttrs (_: host: host.deploy)
          (lib.filterAttrs (_: host: (host.deploy or { }) != { }) hosts);
        checks = opaque.checks;
      };
    in
    if !era.declaresChannels && !(channels ? nixpkgs && channels.nixpkgs ? input) then throw "You must pass in channels.nixpkgs.input"
    else if hosts == { } && home-managers == { } then throw "At least hosts or home-managers must be set"
    else flakeUtilsPlusMkFlake nixpkgsNames (lib.recursiveUpdate systemFlake otherArguments)
      // { homeConfigurations = opaque.homeConfigurations; };

  # nix-systems (github:nix-systems/default and its siblings): a flake of no outputs whose
  # `default.nix` is a list of systems, read as `import inputs.systems` (flake-parts'
  # `systems`, a `genAttrs` of the flake's outputs). ncc fetches no input, but the list
  # at each revision below was read there, and is what the lock fixes: null for any
  # other repository or revision, or with no lock (what `import` gives is unknown then).
  # `default` gave four systems from its first commit; `default-linux` forked it and
  # kept the Linux two (76063ff, 2023-07-14); `default`'s branch `future-26.11`, for
  # the nixpkgs that leaves x86_64-darwin, gives three.
  nixSystemsOf = flake: lock: name:
    let
      origin = inputOrigin flake lock name;
      owner = lib.toLower (origin.locked.owner or "");
      repo = origin.locked.repo or null;
      rev = origin.locked.rev or null;
      every = [ "aarch64-darwin" "aarch64-linux" "x86_64-darwin" "x86_64-linux" ];
      linux = [ "aarch64-linux" "x86_64-linux" ];
      byRevision = {
        default = {
          "4e9a51a15ceb27e5141819142a7d2ee827943fc8" = every;
          "da67096a3b9bf56a91d16901293e51ba5b49a27e" = every;
        };
        default-linux = {
          "4e9a51a15ceb27e5141819142a7d2ee827943fc8" = every;
          "da67096a3b9bf56a91d16901293e51ba5b49a27e" = every;
          "76063ff52f354dba475c4965658e28903285d8c8" = linux;
          "31732fcf5e8fea42e59c2488ad31a0e651500f68" = linux;
        };
      };
      byBranch.default."future-26.11" = [ "aarch64-darwin" "aarch64-linux" "x86_64-linux" ];
    in
    if owner != "nix-systems" || !builtins.isString repo then null
    else if builtins.isString rev && byRevision ? ${repo}.${rev} then byRevision.${repo}.${rev}
    else if origin.ref != null && byBranch ? ${repo}.${origin.ref} then byBranch.${repo}.${origin.ref}
    else null;
}
