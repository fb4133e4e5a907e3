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

  elaborate = system:
    let s = if b.isString system then system else system.system; in
    {
      inherit system;
      config = s;
      isLinux = kernelOf s == "linux";
      isDarwin = kernelOf s == "darwin";
      isx86_64 = cpuOf s == "x86_64";
      isAarch64 = hasPrefix "aarch64" (cpuOf s);
      parsed = { cpu.name = cpuOf s; kernel.name = kernelOf s; };
    };
in
{
  inherit doubles elaborate;
  flakeExposed = [
    "x86_64-linux" "aarch64-linux" "x86_64-darwin" "armv6l-linux" "armv7l-linux" "i686-linux"
    "aarch64-darwin" "powerpc64le-linux" "riscv64-linux" "x86_64-freebsd"
  ];
  platforms = doubles;
  equals = x: y: x == y;
  systemToAttrs = system: { inherit system; };
  examples = { };
  architectures = { };
  inspect = { };
  parse = { };
}
