# A file that imports itself.
import ./infinite-recursion-import-self.nix
