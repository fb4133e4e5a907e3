//! Store paths as Nix computes them, without a store: the digest of what a path is made
//! from, folded to 160 bits and written in Nix's base32 after `/nix/store/`. ncc writes
//! nothing to a store; it only names paths the way Nix would name them, so that a
//! derivation's `outPath` and `drvPath` are the ones `nix-instantiate` prints.

use sha2::{Digest, Sha256};

use crate::eval::builtins::hashes::{base16, nix_base32};

/// The store directory.
pub const STORE_DIR: &str = "/nix/store";

/// The SHA-256 digest of `bytes`.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Nix folds a digest to `size` bytes by XOR-ing byte `i` into byte `i % size`.
fn compress(digest: &[u8], size: usize) -> Vec<u8> {
    let mut folded = vec![0u8; size];
    for (index, byte) in digest.iter().enumerate() {
        folded[index % size] ^= byte;
    }
    folded
}

/// The store path of kind `kind` (`"source"`, `"output:out"`, `"text:<refs>"`) made from
/// content whose SHA-256 digest is `digest`, named `name`.
pub fn make_store_path(kind: &str, digest: &[u8; 32], name: &str) -> String {
    let fingerprint = format!("{kind}:sha256:{}:{STORE_DIR}:{name}", base16(digest));
    let hash = compress(&sha256(fingerprint.as_bytes()), 20);
    format!("{STORE_DIR}/{}-{name}", nix_base32(&hash))
}

/// The path of a text file in the store (a `.drv`, a `toFile`), which refers to
/// `references` (sorted store paths).
pub fn make_text_path<'a>(
    name: &str,
    digest: &[u8; 32],
    references: impl IntoIterator<Item = &'a str>,
) -> String {
    let mut kind = String::from("text");
    for reference in references {
        kind.push(':');
        kind.push_str(reference);
    }
    make_store_path(&kind, digest, name)
}

/// The path of output `output` of a derivation whose masked hash is `digest`.
pub fn make_output_path(output: &str, digest: &[u8; 32], derivation_name: &str) -> String {
    let name = if output == "out" {
        derivation_name.to_owned()
    } else {
        format!("{derivation_name}-{output}")
    };
    make_store_path(&format!("output:{output}"), digest, &name)
}

/// The path of a fixed-output derivation's output: a recursive SHA-256 one is a
/// `source`, anything else is named by the hash of its `fixed:out:` description.
pub fn make_fixed_output_path(recursive: bool, algorithm: &str, hash: &[u8], name: &str) -> String {
    if recursive && algorithm == "sha256" {
        let digest: [u8; 32] = hash.try_into().expect("a SHA-256 digest has 32 bytes");
        return make_store_path("source", &digest, name);
    }
    let method = if recursive { "r:" } else { "" };
    let description = format!("fixed:out:{method}{algorithm}:{}:", base16(hash));
    make_store_path("output:out", &sha256(description.as_bytes()), name)
}

/// The characters a store path name may hold, and its length limit.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 211
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-._?=".contains(&b))
}

/// Whether `path` is a store path itself (not a path inside one): the store directory,
/// a 32-character base32 hash, a dash and a valid name.
pub fn is_store_path(path: &str) -> bool {
    let Some(base) = path
        .strip_prefix(STORE_DIR)
        .and_then(|rest| rest.strip_prefix('/'))
    else {
        return false;
    };
    let (hash, name) = match (base.get(..32), base.get(32..)) {
        (Some(hash), Some(rest)) => (hash, rest.strip_prefix('-')),
        _ => return false,
    };
    let alphabet = b"0123456789abcdfghijklmnpqrsvwxyz";
    hash.bytes().all(|b| alphabet.contains(&b)) && name.is_some_and(is_valid_name)
}

/// The store path a path inside the store belongs to (`/nix/store/h-x/bin/y` to
/// `/nix/store/h-x`), or `None` outside the store.
pub fn to_store_path(path: &str) -> Option<&str> {
    let rest = path.strip_prefix(STORE_DIR)?.strip_prefix('/')?;
    let end = rest
        .find('/')
        .map_or(path.len(), |i| STORE_DIR.len() + 1 + i);
    let candidate = &path[..end];
    is_store_path(candidate).then_some(candidate)
}

#[cfg(test)]
mod tests {
    //! Paths printed by `nix-instantiate --store dummy:// --eval` (Nix 2.8).

    use super::*;

    #[test]
    fn text_paths_are_nixs() {
        // builtins.toFile "f" "hello"
        let path = make_text_path("f", &sha256(b"hello"), []);
        assert_eq!(path, "/nix/store/r7f24v08nr4mqdf5qaxa8d0irqf3zl0q-f");
    }

    #[test]
    fn store_paths_are_recognised() {
        assert!(is_store_path(
            "/nix/store/ffffffffffffffffffffffffffffffff-x"
        ));
        assert!(!is_store_path(
            "/nix/store/ffffffffffffffffffffffffffffffff-x/y"
        ));
        assert!(!is_store_path(
            "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"
        ));
        assert!(!is_store_path("/nix/store/short-x"));
        assert_eq!(
            to_store_path("/nix/store/ffffffffffffffffffffffffffffffff-x/bin/y"),
            Some("/nix/store/ffffffffffffffffffffffffffffffff-x")
        );
    }
}
