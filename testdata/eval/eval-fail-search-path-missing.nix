import <no-such-entry/default.nix>
