# lib.network: parsing IP addresses. Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (lib.strings) splitString hasPrefix hasSuffix hasInfix;

  # The eight 16-bit pieces of an IPv6 address, as hexadecimal strings, `::` expanded.
  expand = addr:
    if b.match "^[0-9A-Fa-f:]+$" addr == null then b.throw "${addr} contains malformed characters for IPv6 address"
    else
      let
        pieces = splitString ":" addr;
        present = b.filter (p: p != "") pieces;
        n = b.length present;
        zeros = b.genList (_: "0") (8 - n);
        leading = hasPrefix "::" addr;
        trailing = hasSuffix "::" addr;
        inner = hasInfix "::" addr;
        empties = b.length pieces - n;
        expected = if leading || trailing then 2 else if inner then 1 else 0;
      in
      if addr == "::" then zeros
      else if empties != expected || (inner && n >= 8) || (!inner && n != 8) then
        b.throw "${addr} is not a valid IPv6 address"
      else if leading then zeros ++ present
      else if trailing then present ++ zeros
      else if inner then b.concatMap (p: if p == "" then zeros else [ p ]) pieces
      else pieces;

  parse = addr: map (hex:
    let v = lib.trivial.fromHexString hex; in
    if 0 <= v && v <= 65535 then v else b.throw "0x${hex} is not a valid u16 integer") (expand addr);

  split = addr:
    let parts = splitString "/" addr; in
    if b.length parts == 1 then { address = parse addr; prefixLength = 128; }
    else if b.length parts == 2 then {
      address = parse (b.head parts);
      prefixLength =
        let n = lib.strings.toInt (lib.lists.last parts); in
        if 1 <= n && n <= 128 then n
        else b.throw "${addr} IPv6 subnet should be in range [1;128], got ${toString n}";
    }
    else b.throw "${addr} is not a valid IPv6 address in CIDR notation";
in
{
  ipv6.fromString = addr:
    let parsed = split addr; in
    {
      address = b.concatStringsSep ":" (map (p: lib.strings.toLower (lib.trivial.toHexString p)) parsed.address);
      inherit (parsed) prefixLength;
    };
}
