//! A path copied to the store, named as Nix names it: the SHA-256 of the path's NAR
//! serialisation (regular files with their contents and executable bit, symbolic links
//! with their targets, directories with their entries in name order) is the content
//! address of a `source` store path. Nothing is written; the path is only named.

use sha2::{Digest, Sha256};

use crate::eval::io::{EvalIo, FileKind};
use crate::eval::store::make_store_path;

/// The store path `nix-instantiate` gives `path` when it copies it to the store, with
/// the base name of `path` as its name; `None` when that name is not a valid store path
/// name. The message says what could not be read.
pub fn store_path_of(io: &dyn EvalIo, path: &str) -> Result<Option<String>, String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    if !valid_name(name) {
        return Ok(None);
    }
    let mut hasher = Sha256::new();
    string(&mut hasher, b"nix-archive-1");
    node(&mut hasher, io, path, 0)?;
    let digest: [u8; 32] = hasher.finalize().into();
    Ok(Some(make_store_path("source", &digest, name)))
}

/// Nix's rule for the name part of a store path.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 211
        && name != "."
        && name != ".."
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-._?=".contains(&b))
}

/// Directories nested deeper than this are refused rather than followed.
const MAX_DEPTH: usize = 256;

/// One NAR string: its length as 64-bit little-endian, the bytes, zeros to a multiple of 8.
fn string(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
    let padding = (8 - bytes.len() % 8) % 8;
    hasher.update(&[0u8; 8][..padding]);
}

fn node(hasher: &mut Sha256, io: &dyn EvalIo, path: &str, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err(format!(
            "copying '{path}' to the store: directories nested too deeply"
        ));
    }
    string(hasher, b"(");
    string(hasher, b"type");
    match io.file_kind(path)? {
        FileKind::Regular => {
            string(hasher, b"regular");
            if io.is_executable(path) {
                string(hasher, b"executable");
                string(hasher, b"");
            }
            string(hasher, b"contents");
            string(hasher, &io.read_bytes(path)?);
        }
        FileKind::Symlink => {
            string(hasher, b"symlink");
            string(hasher, b"target");
            string(hasher, io.read_link(path)?.as_bytes());
        }
        FileKind::Directory => {
            string(hasher, b"directory");
            let mut entries = io.read_dir(path)?;
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            for (name, _) in entries {
                string(hasher, b"entry");
                string(hasher, b"(");
                string(hasher, b"name");
                string(hasher, name.as_bytes());
                string(hasher, b"node");
                node(
                    hasher,
                    io,
                    &format!("{}/{name}", path.trim_end_matches('/')),
                    depth + 1,
                )?;
                string(hasher, b")");
            }
        }
        FileKind::Unknown => {
            return Err(format!("file '{path}' has an unsupported type"));
        }
    }
    string(hasher, b")");
    Ok(())
}
