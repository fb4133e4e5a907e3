# colmena reads hive.nix: here the hive is computed by the repository's own code, which
# gives every machine a `lib` extended with the fleet's helpers through specialArgs. ncc
# does not read such a hive, so a machine given to it is checked on its own: what the
# hive would give it is held as a note, and only what stands in any host is an error.
(import ./default.nix).colmena
