# lib.systems and lib.platforms: the system doubles nixpkgs lib 25.11 knows and the lists
# configurations read of them (`platforms.linux`, `systems.flakeExposed`, ...).
lib:
let
  b = builtins;
  inherit (lib.strings) hasPrefix hasSuffix;

  all = [
    "i686-cygwin" "x86_64-cygwin" "x86_64-darwin" "aarch64-darwin" "i686-freebsd" "x86_64-freebsd"
    "aarch64-freebsd" "aarch64-genode" "i686-genode" "x86_64-genode" "x86_64-solaris" "javascript-ghcjs"
    "aarch64-linux" "armv5tel-linux" "armv6l-linux" "armv7a-linux" "armv7l-linux" "i686-linux"
    "loongarch64-linux" "m68k-linux" "microblaze-linux" "microblazeel-linux" "mips-linux" "mips64-linux"
    "mips64el-linux" "mipsel-linux" "powerpc64-linux" "powerpc64le-linux" "riscv32-linux" "riscv64-linux"
    "s390-linux" "s390x-linux" "x86_64-linux" "mmix-mmixware" "aarch64-netbsd" "armv6l-netbsd"
    "armv7a-netbsd" "armv7l-netbsd" "i686-netbsd" "m68k-netbsd" "mipsel-netbsd" "powerpc-netbsd"
    "riscv32-netbsd" "riscv64-netbsd" "x86_64-netbsd" "aarch64_be-none" "aarch64-none" "arm-none"
    "armv6l-none" "avr-none" "i686-none" "microblaze-none" "microblazeel-none" "mips-none" "mips64-none"
    "msp430-none" "or1k-none" "m68k-none" "powerpc-none" "powerpcle-none" "riscv32-none" "riscv64-none"
    "rx-none" "s390-none" "s390x-none" "vc4-none" "x86_64-none" "i686-openbsd" "x86_64-openbsd"
    "x86_64-redox" "wasm64-wasi" "wasm32-wasi" "aarch64-windows" "x86_64-windows" "i686-windows"
  ];
  cpuOf = s: b.head (lib.strings.splitString "-" s);
  kernelOf = s: lib.lists.last (lib.strings.splitString "-" s);
  where = pred: b.filter pred all;
  kernel = k: where (s: kernelOf s == k);
  cpuPrefix = p: where (s: hasPrefix p (cpuOf s));
  bigEndianCpus = [ "m68k" "microblaze" "mips" "mips64" "powerpc64" "s390" "s390x" "mmix" "powerpc" "aarch64_be" "or1k" ];

  doubles = {
    inherit all;
    linux = kernel "linux";
    darwin = kernel "darwin";
    freebsd = kernel "freebsd";
    openbsd = kernel "openbsd";
    netbsd = kernel "netbsd";
    cygwin = kernel "cygwin";
    windows = kernel "cygwin" ++ kernel "windows";
    genode = kernel "genode";
    redox = kernel "redox";
    illumos = kernel "solaris";
    wasi = kernel "wasi";
    none = [ ];
    embedded = kernel "none";
    js = kernel "ghcjs";
    mmix = kernel "mmixware";
    unix = where (s: b.elem (kernelOf s) [ "cygwin" "darwin" "freebsd" "solaris" "linux" "netbsd" "openbsd" "redox" ]);
    gnu = where (s: kernelOf s == "linux" && !(b.elem (cpuOf s) [ "armv5tel" "armv6l" "armv7a" "armv7l" "powerpc64" ])) ++ [ "armv5tel-linux" "armv6l-linux" "armv7a-linux" "armv7l-linux" "powerpc64-linux" ];
    x86_64 = cpuPrefix "x86_64";
    i686 = cpuPrefix "i686";
    x86 = where (s: b.elem (cpuOf s) [ "i686" "x86_64" ]);
    aarch64 = cpuPrefix "aarch64";
    aarch = where (s: hasPrefix "aarch64" (cpuOf s) || hasPrefix "arm" (cpuOf s));
    arm = where (s: hasPrefix "arm" (cpuOf s));
    armv7 = cpuPrefix "armv7";
    riscv = cpuPrefix "riscv";
    riscv32 = cpuPrefix "riscv32";
    riscv64 = cpuPrefix "riscv64";
    mips = cpuPrefix "mips";
    power = cpuPrefix "powerpc";
    s390 = cpuPrefix "s390";
    s390x = cpuPrefix "s390x";
    m68k = cpuPrefix "m68k";
    microblaze = cpuPrefix "microblaze";
    loongarch64 = cpuPrefix "loongarch64";
    or1k = cpuPrefix "or1k";
    rx = cpuPrefix "rx";
    vc4 = cpuPrefix "vc4";
    bigEndian = where (s: b.elem (cpuOf s) bigEndianCpus);
    littleEndian = where (s: !b.elem (cpuOf s) bigEndianCpus && !b.elem (cpuOf s) [ "avr" ]);
  };

  # `systems.elaborate` for what configurations read of a platform: its double, its
  # GNU triple and the `is*` predicates, from a double (`"x86_64-linux"`) or a set with
  # `system` or `config` (`systems.examples.*`), whose other attributes it keeps.
  bits64 = [ "x86_64" "aarch64" "aarch64_be" "riscv64" "powerpc64" "powerpc64le" "mips64" "mips64el" "s390x" "loongarch64" "wasm64" "sparc64" ];
  tripleOf = double:
    let cpu = cpuOf double; kernel = kernelOf double; in
    if kernel == "linux" then
      "${cpu}-unknown-linux-${if cpu == "armv5tel" then "gnueabi" else if b.elem cpu [ "armv6l" "armv7l" ] then "gnueabihf" else "gnu"}"
    else if kernel == "darwin" then "${if cpu == "aarch64" then "arm64" else cpu}-apple-darwin"
    else "${cpu}-unknown-${kernel}";
  doubleOf = triple:
    let
      parts = lib.strings.splitString "-" triple;
      cpu = let c = b.head parts; in if c == "arm64" then "aarch64" else c;
      kernel = if b.length parts >= 3 then b.head (b.match "([a-z]+).*" (b.elemAt parts 2)) else lib.lists.last parts;
    in "${cpu}-${kernel}";
  elaborate = given:
    let
      args = if b.isString given then { system = given; } else given;
      system = args.system or (doubleOf args.config);
      cpu = cpuOf system;
      kernel = kernelOf system;
      arm = hasPrefix "arm" cpu;
      tripleParts = lib.strings.splitString "-" (args.config or (tripleOf system));
      vendor = if b.length tripleParts >= 3 then b.elemAt tripleParts 1 else "unknown";
      abi = if b.length tripleParts >= 4 then b.elemAt tripleParts 3 else "unknown";
      cpuFacts = cpuTable.${cpu} or { };
      family = cpuFacts.family or (if hasPrefix "mips" cpu then "mips" else if hasPrefix "powerpc" cpu then "power" else if hasPrefix "riscv" cpu then "riscv" else if hasPrefix "s390" cpu then "s390" else if hasPrefix "wasm" cpu then "wasm" else if hasPrefix "loongarch" cpu then "loongarch" else if hasPrefix "arm" cpu || hasPrefix "aarch64" cpu then "arm" else cpu);
      bigEndian = b.elem cpu bigEndianCpus;
      isWindowsKernel = kernel == "windows" || kernel == "mingw32";
      rustTarget = "${cpuFacts.rust or cpu}-${vendor}-${kernel}${if abi == "unknown" then "" else "-${abi}"}";
    in
    args // {
      inherit system;
      config = args.config or (tripleOf system);
      isLinux = kernel == "linux";
      isDarwin = kernel == "darwin";
      isFreeBSD = kernel == "freebsd";
      isx86_64 = cpu == "x86_64";
      isi686 = cpu == "i686";
      isx86 = b.elem cpu [ "i686" "x86_64" ];
      isAarch64 = hasPrefix "aarch64" cpu;
      isAarch32 = arm;
      isAarch = arm || hasPrefix "aarch64" cpu;
      isRiscV = hasPrefix "riscv" cpu;
      isPower64 = hasPrefix "powerpc64" cpu;
      is64bit = b.elem cpu bits64;
      is32bit = !b.elem cpu bits64;
      isRiscV32 = cpu == "riscv32";
      isRiscV64 = cpu == "riscv64";
      isPower = hasPrefix "powerpc" cpu;
      isMips = hasPrefix "mips" cpu;
      isS390 = hasPrefix "s390" cpu;
      isLoongArch64 = cpu == "loongarch64";
      isWasm = hasPrefix "wasm" cpu;
      isAvr = cpu == "avr";
      isLittleEndian = !bigEndian;
      isBigEndian = bigEndian;
      isWindows = b.elem kernel [ "windows" "cygwin" "mingw32" ];
      isCygwin = kernel == "cygwin";
      isMinGW = kernel == "windows" || kernel == "mingw32";
      isBSD = b.elem kernel [ "freebsd" "openbsd" "netbsd" ];
      isOpenBSD = kernel == "openbsd";
      isNetBSD = kernel == "netbsd";
      isUnix = b.elem kernel [ "linux" "darwin" "freebsd" "openbsd" "netbsd" "solaris" "cygwin" "redox" ];
      isNone = kernel == "none";
      isMusl = hasPrefix "musl" abi;
      isGnu = hasPrefix "gnu" abi;
      isStatic = args.isStatic or false;
      isEfi = b.elem family [ "x86" "arm" "riscv" "loongarch" ];
      useLLVM = args.useLLVM or (kernel == "freebsd" || kernel == "openbsd");
      hasSharedLibraries = !(args.isStatic or false) && kernel != "none" && !(hasPrefix "wasm" cpu);
      libc = args.libc or (if kernel == "darwin" then "libSystem" else if kernel == "freebsd" then "fblibc" else if kernel == "openbsd" || kernel == "netbsd" then "nblibc" else if kernel == "windows" then "msvcrt" else if kernel == "none" then null else if hasPrefix "musl" abi then "musl" else "glibc");
      gcc = args.gcc or (if kernel == "darwin" && cpu == "aarch64" then { arch = "armv8.3-a+crypto+sha2+aes+crc+fp16+lse+simd+ras+rdm+rcpc"; cpu = "apple-a13"; } else cpuFacts.gcc or { });
      linux-kernel = args.linux-kernel or (if kernel == "darwin" && cpu == "aarch64" then { } else cpuFacts.kernel or { });
      linuxArch = cpuFacts.linuxArch or cpu;
      qemuArch = cpuFacts.qemuArch or cpu;
      efiArch = cpuFacts.efiArch or cpu;
      darwinArch = if cpu == "aarch64" then "arm64" else cpu;
      uname = {
        system = { linux = "Linux"; darwin = "Darwin"; freebsd = "FreeBSD"; openbsd = "OpenBSD"; netbsd = "NetBSD"; windows = "Windows"; cygwin = "CYGWIN_NT"; solaris = "SunOS"; redox = "Redox"; }.${kernel} or null;
        processor = if kernel == "darwin" && cpu == "aarch64" then "arm64" else if cpu == "powerpc64le" then "ppc64le" else if cpu == "powerpc64" then "ppc64" else cpu;
        release = null;
      };
      extensions = {
        sharedLibrary = if kernel == "darwin" then ".dylib" else if isWindowsKernel then ".dll" else ".so";
        staticLibrary = if isWindowsKernel then ".lib" else ".a";
        library = if isWindowsKernel then ".dll" else if kernel == "darwin" then ".dylib" else ".so";
        executable = if isWindowsKernel then ".exe" else "";
      };
      rust = {
        rustcTarget = rustTarget;
        rustcTargetSpec = rustTarget;
        platform = { arch = cpuFacts.rustArch or cpu; os = kernel; };
      };
      # Whether code built for `other` runs here: the same kernel and CPU, or a 32-bit x86
      # program on x86_64 (what configurations ask before building for another system).
      canExecute = other: kernel == other.parsed.kernel.name
        && (cpu == other.parsed.cpu.name || (cpu == "x86_64" && other.parsed.cpu.name == "i686"));
      emulatorAvailable = pkgs: cpu == "x86_64" || cpu == "i686";
      parsed = {
        _type = "system";
        cpu = { _type = "cpu-type"; name = cpu; inherit family; bits = if b.elem cpu bits64 then 64 else 32; significantByte = { _type = "significant-byte"; name = if bigEndian then "bigEndian" else "littleEndian"; }; };
        kernel = { _type = "kernel"; name = kernel; };
        abi = { _type = "abi"; name = abi; };
        vendor = { _type = "vendor"; name = vendor; };
      };
    };
  # What nixpkgs lib 25.11 knows of the CPUs configurations name, by `elaborate`'s
  # double: the kernel's name for the architecture, QEMU's and EFI's, Rust's target,
  # the CPU family and the default kernel build (`linux-kernel`).
  pcKernel = { name = "pc"; autoModules = true; baseConfig = "defconfig"; target = "bzImage"; };
  armDtb = name: baseConfig: target: { inherit name baseConfig target; DTB = true; autoModules = true; preferBuiltin = true; };
  cpuTable = {
    x86_64 = { family = "x86"; linuxArch = "x86_64"; qemuArch = "x86_64"; efiArch = "x64"; kernel = pcKernel; };
    i686 = { family = "x86"; linuxArch = "i386"; qemuArch = "i386"; efiArch = "ia32"; kernel = pcKernel; };
    aarch64 = { family = "arm"; linuxArch = "arm64"; qemuArch = "aarch64"; efiArch = "aa64"; gcc = { arch = "armv8-a"; }; kernel = armDtb "aarch64-multiplatform" "defconfig" "Image"; };
    armv7l = { family = "arm"; linuxArch = "arm"; qemuArch = "arm"; efiArch = "arm"; rust = "armv7"; gcc = { arch = "armv7-a"; fpu = "vfpv3-d16"; }; kernel = armDtb "armv7l-hf-multiplatform" "multi_v7_defconfig" "zImage" // { Major = "2.6"; }; };
    armv6l = { family = "arm"; linuxArch = "arm"; qemuArch = "arm"; efiArch = "arm"; rust = "arm"; gcc = { arch = "armv6kz"; fpu = "vfpv2"; }; kernel = armDtb "raspberrypi" "bcm2835_defconfig" "zImage"; };
    riscv64 = { family = "riscv"; linuxArch = "riscv"; qemuArch = "riscv64"; efiArch = "riscv64"; rust = "riscv64gc"; kernel = armDtb "riscv-multiplatform" "defconfig" "Image"; };
    powerpc64le = { family = "power"; linuxArch = "powerpc"; qemuArch = "ppc64le"; efiArch = "powerpc64le"; kernel = { name = "PowerNV"; autoModules = true; baseConfig = "powernv_defconfig"; target = "vmlinux"; }; };
  };

  # A few of nixpkgs' `systems.examples`, the ones configurations name as a
  # `crossSystem`.
  examples = {
    raspberryPi = {
      config = "armv6l-unknown-linux-gnueabihf";
      gcc = { arch = "armv6kz"; fpu = "vfpv2"; };
      linux-kernel = {
        DTB = true; autoModules = true; baseConfig = "bcm2835_defconfig"; name = "raspberrypi";
        preferBuiltin = true; target = "zImage";
        extraConfig = "# Disable OABI to have seccomp_filter (required for systemd)\n# https://github.com/raspberrypi/firmware/issues/651\nOABI_COMPAT n\n";
      };
    };
    armv7l-hf-multiplatform = { config = "armv7l-unknown-linux-gnueabihf"; };
    aarch64-multiplatform = { config = "aarch64-unknown-linux-gnu"; };
    aarch64-multiplatform-musl = { config = "aarch64-unknown-linux-musl"; };
    musl64 = { config = "x86_64-unknown-linux-musl"; };
    gnu64 = { config = "x86_64-unknown-linux-gnu"; };
    gnu32 = { config = "i686-unknown-linux-gnu"; };
    riscv64 = { config = "riscv64-unknown-linux-gnu"; };
    riscv32 = { config = "riscv32-unknown-linux-gnu"; };
    powernv = { config = "powerpc64le-unknown-linux-gnu"; };
    mingwW64 = { config = "x86_64-w64-mingw32"; libc = "msvcrt"; };
  };
in
{
  inherit doubles elaborate;
  flakeExposed = [
    "x86_64-linux" "aarch64-linux" "x86_64-darwin" "armv6l-linux" "armv7l-linux" "i686-linux"
    "aarch64-darwin" "powerpc64le-linux" "riscv64-linux" "x86_64-freebsd"
  ];
  # nixpkgs' table of hardware platforms (`pc`, `raspberrypi`, ...), which ncc does not
  # carry: `lib.platforms`, the lists of doubles, is another thing.
  platforms = { };
  # Equal platforms: equal once their functions (`canExecute`, ...) are left out.
  equals = x: y: let plain = lib.attrsets.filterAttrs (_: v: !b.isFunction v); in plain x == plain y;
  systemToAttrs = system: { inherit system; };
  inherit examples;
  architectures = { };
  inspect = { };
  parse = { };
}
