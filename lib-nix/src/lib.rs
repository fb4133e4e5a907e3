//! The Nix language and the NixOS module system, without IO.
pub mod version;
