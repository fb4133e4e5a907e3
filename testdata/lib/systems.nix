lib:
let
  # What configurations read of a platform (`pkgs.stdenv.hostPlatform.*`,
  # `lib.systems.elaborate system`).
  read = system:
    let p = lib.systems.elaborate system; in {
      inherit (p) config system linuxArch qemuArch efiArch darwinArch libc isEfi isStatic uname gcc useLLVM hasSharedLibraries extensions
        isLinux isDarwin isFreeBSD isx86_64 isi686 isx86 isAarch64 isAarch32 isAarch isRiscV isRiscV32 isRiscV64 isPower isPower64 isMips isS390
        isLoongArch64 isWasm isAvr isLittleEndian isBigEndian isWindows isCygwin isMinGW isBSD isUnix isNone isMusl isGnu is64bit is32bit;
      kernel = removeAttrs p.linux-kernel [ "extraConfig" ];
      parsed = {
        inherit (p.parsed) _type;
        cpu = { inherit (p.parsed.cpu) name family bits; byte = p.parsed.cpu.significantByte.name; };
        kernel = p.parsed.kernel.name;
        abi = p.parsed.abi.name;
        vendor = p.parsed.vendor.name;
      };
      rust = [ p.rust.rustcTarget p.rust.rustcTargetSpec ];
      canExecute = map (o: p.canExecute (lib.systems.elaborate o)) [ "x86_64-linux" "i686-linux" "aarch64-linux" "x86_64-darwin" ];
    };
in
{
  elaborate-x86_64-linux = read "x86_64-linux";
  elaborate-aarch64-linux = read "aarch64-linux";
  elaborate-i686-linux = read "i686-linux";
  elaborate-armv7l-linux = read "armv7l-linux";
  elaborate-armv6l-linux = read "armv6l-linux";
  elaborate-riscv64-linux = read "riscv64-linux";
  elaborate-powerpc64le-linux = read "powerpc64le-linux";
  elaborate-x86_64-darwin = read "x86_64-darwin";
  elaborate-aarch64-darwin = read "aarch64-darwin";
  elaborate-x86_64-freebsd = read "x86_64-freebsd";
  elaborate-set = read { system = "aarch64-linux"; };
  elaborate-musl = read { config = "x86_64-unknown-linux-musl"; };
  equals = [ (lib.systems.equals (lib.systems.elaborate "x86_64-linux") (lib.systems.elaborate "x86_64-linux")) (lib.systems.equals (lib.systems.elaborate "x86_64-linux") (lib.systems.elaborate "aarch64-linux")) ];
  # `lib.platforms` is the lists of doubles; `lib.systems.platforms` nixpkgs' table of
  # hardware (`pc`, `raspberrypi`), which ncc carries no part of.
  platforms-are-doubles = lib.platforms.linux == lib.systems.doubles.linux && lib.platforms.darwin == lib.systems.doubles.darwin;
}
