# Every algorithm Nix knows, on an empty string, a short one and one with UTF-8.
let
  algorithms = [ "md5" "sha1" "sha256" "sha512" ];
  inputs = [ "" "hello" "héllo, wörld\n" ];
in
map (algorithm: map (builtins.hashString algorithm) inputs) algorithms
