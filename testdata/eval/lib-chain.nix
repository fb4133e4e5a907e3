# imports another helper relative to this file
import ./lib-value.nix + 1
