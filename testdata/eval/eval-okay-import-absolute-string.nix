import (toString ./lib-value.nix)
