//! The plan codegen returns and emit carries out: every artifact of the output tree,
//! as data, sorted by path. Nothing here touches the disk.

use sha2::{Digest, Sha256};

/// The whole output tree. `artifacts` is sorted by `path` and has no duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub artifacts: Vec<Artifact>,
}

/// One entry of the output tree; `path` is relative to the output root, which mirrors `/`,
/// uses `/` separators and never contains `..` or a leading `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    pub path: String,
    pub kind: ArtifactKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtifactKind {
    File { contents: String, mode: u32 },
    Symlink { target: String },
    Directory { mode: u32 },
}

/// The SHA-256 of `bytes` in lowercase hex, as `sha256sum` prints it: the drop-ins'
/// `X-Restart-Triggers=` and the digests of the JSON plan. Written digit by digit, as
/// `format!` per byte cost more than the hashing.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(64);
    for byte in Sha256::digest(bytes) {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}
