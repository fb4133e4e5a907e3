# Long runs where no pattern starts, around characters of several bytes, patterns
# sharing a first byte (the first listed wins), a match at the very end, and lib's
# escapeRegex's way of calling it.
let
  special = [ "\\" "[" "{" "(" ")" "^" "$" "?" "*" "+" "|" "." ];
  escapeRegex = builtins.replaceStrings special (map (c: "\\${c}") special);
in [
  (builtins.replaceStrings [ "é" "ab" "a" ] [ "e" "X" "Y" ] "caféabacus — naïve a")
  (builtins.replaceStrings [ "—" ] [ "-" ] "a — b — c —")
  (escapeRegex "services.nginx.virtualHosts.\"example.org\" (v1.2)+")
  (escapeRegex "plain-text-without-any-special-character")
  (builtins.replaceStrings [ ] [ ] "unchanged ünïcode")
  (builtins.replaceStrings [ "end" ] [ "END" ] "the end")
]
