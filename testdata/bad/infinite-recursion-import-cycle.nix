# Two files that import each other.
import ./lib/cycle-a.nix
