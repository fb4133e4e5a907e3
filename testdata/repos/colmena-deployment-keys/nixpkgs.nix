# The pinned nixpkgs colmena evaluates the hive with; ncc does not fetch it.
import (fetchTarball "https://github.com/NixOS/nixpkgs/archive/nixos-24.05.tar.gz") { }
