# Left out by import-tree (its directory starts with `_`): never evaluated.
{ flake.modules.nixos.base = { containers.draft.autoStrat = true; }; }
