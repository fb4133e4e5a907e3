import (./. + "/lib-value.nix")
