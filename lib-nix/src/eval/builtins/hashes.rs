//! Cryptographic hashes of strings and files, and the encodings Nix writes them in
//! (base16, Nix's base32, base64, SRI).

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

use super::*;

/// The hash algorithms Nix knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Algorithm {
    Md5,
    Sha1,
    Sha256,
    Sha512,
}

impl Algorithm {
    fn parse(name: &str) -> Option<Algorithm> {
        match name {
            "md5" => Some(Algorithm::Md5),
            "sha1" => Some(Algorithm::Sha1),
            "sha256" => Some(Algorithm::Sha256),
            "sha512" => Some(Algorithm::Sha512),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "md5",
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha512 => "sha512",
        }
    }

    /// The digest length in bytes.
    fn size(self) -> usize {
        match self {
            Algorithm::Md5 => 16,
            Algorithm::Sha1 => 20,
            Algorithm::Sha256 => 32,
            Algorithm::Sha512 => 64,
        }
    }

    fn digest(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Algorithm::Md5 => Md5::digest(bytes).to_vec(),
            Algorithm::Sha1 => Sha1::digest(bytes).to_vec(),
            Algorithm::Sha256 => Sha256::digest(bytes).to_vec(),
            Algorithm::Sha512 => Sha512::digest(bytes).to_vec(),
        }
    }
}

fn algorithm(name: &str, span: Span) -> EvalResult<Algorithm> {
    Algorithm::parse(name)
        .ok_or_else(|| EvalError::message(format!("unknown hash algorithm '{name}'"), Some(span)))
}

/// `builtins.hashString`: the base16 digest of a string.
pub(super) fn hash_string(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let algorithm = algorithm(&name, span)?;
    let text = coerce(ev, &args[1], span, false)?;
    Ok(Value::string(&base16(&algorithm.digest(text.as_bytes()))))
}

/// `builtins.hashFile`: the base16 digest of a file's contents, read through `EvalIo`.
pub(super) fn hash_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let algorithm = algorithm(&name, span)?;
    let path = accessible_path_arg(ev, args, 1, span)?;
    let Some(text) = ev.read_text(&path, Some(span))? else {
        return Err(super::files::encrypted_contents(ev, &path, span));
    };
    ev.charge_bytes(text.len(), span)?;
    Ok(Value::string(&base16(&algorithm.digest(text.as_bytes()))))
}

/// `builtins.convertHash { hash; toHashFormat; hashAlgo ? }` (Nix 2.19 and later): a
/// hash in any encoding, written in another.
pub(super) fn convert_hash(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    let field = |ev: &mut Evaluator, name: &str| -> EvalResult<Option<String>> {
        match set.get(name) {
            None => Ok(None),
            Some(entry) => {
                let value = ev.force(&entry.value.clone(), Some(span))?;
                expect_string(ev, value, span).map(Some)
            }
        }
    };
    let missing = |name: &str| {
        EvalError::message(
            format!("attribute '{name}' missing for call to 'convertHash'"),
            Some(span),
        )
    };
    let hash = field(ev, "hash")?.ok_or_else(|| missing("hash"))?;
    let algorithm = match field(ev, "hashAlgo")? {
        Some(name) => Some(algorithm(&name, span)?),
        None => None,
    };
    let format = field(ev, "toHashFormat")?.ok_or_else(|| missing("toHashFormat"))?;
    let (algorithm, digest) =
        parse_hash(&hash, algorithm).map_err(|message| EvalError::message(message, Some(span)))?;
    let text = match format.as_str() {
        "base16" => base16(&digest),
        "nix32" | "base32" => nix_base32(&digest),
        "base64" => base64(&digest),
        "sri" => format!("{}-{}", algorithm.name(), base64(&digest)),
        other => {
            return Err(EvalError::message(
                format!("unknown hash format '{other}', expect 'base16', 'base32', 'nix32', 'base64', or 'sri'"),
                Some(span),
            ))
        }
    };
    Ok(Value::string(&text))
}

/// A hash as Nix accepts it: `algo-base64` (SRI), `algo:digest`, or a bare digest in
/// base16, Nix's base32 or base64 when the algorithm is given.
fn parse_hash(text: &str, given: Option<Algorithm>) -> Result<(Algorithm, Vec<u8>), String> {
    let (algorithm, digest, sri) = if let Some((name, rest)) = text.split_once(':') {
        (Algorithm::parse(name), rest, false)
    } else if let Some((name, rest)) = text.split_once('-') {
        (Algorithm::parse(name), rest, true)
    } else {
        (None, text, false)
    };
    let algorithm = match (algorithm, given) {
        (Some(found), Some(given)) if found != given => {
            return Err(format!("hash '{text}' should have type '{}'", given.name()))
        }
        (Some(found), _) => found,
        (None, Some(given)) => given,
        (None, None) => {
            return Err(format!(
            "hash '{text}' does not include a type, nor is the type otherwise known from context"
        ))
        }
    };
    let size = algorithm.size();
    let decoded = if sri {
        decode_base64(digest)
    } else if digest.len() == size * 2 {
        decode_base16(digest)
    } else if digest.len() == (size * 8 - 1) / 5 + 1 {
        decode_nix_base32(digest, size)
    } else {
        decode_base64(digest)
    };
    match decoded {
        Some(bytes) if bytes.len() == size => Ok((algorithm, bytes)),
        _ => Err(format!(
            "hash '{text}' has wrong length for hash type '{}'",
            algorithm.name()
        )),
    }
}

pub(crate) fn base16(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode_base16(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Nix's base32 alphabet: digits and lowercase letters without e, o, u and t.
const NIX_BASE32: &[u8; 32] = b"0123456789abcdfghijklmnpqrsvwxyz";

/// Nix's base32, which reads the digest from its last bit to its first.
pub(crate) fn nix_base32(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return String::new();
    }
    let length = (bytes.len() * 8 - 1) / 5 + 1;
    (0..length)
        .rev()
        .map(|n| {
            let bit = n * 5;
            let (index, shift) = (bit / 8, bit % 8);
            let low = bytes[index] >> shift;
            let high = match bytes.get(index + 1) {
                Some(next) if shift > 3 => next << (8 - shift),
                _ => 0,
            };
            NIX_BASE32[((low | high) & 0x1f) as usize] as char
        })
        .collect()
}

fn decode_nix_base32(text: &str, size: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0u8; size];
    for (n, c) in text.bytes().rev().enumerate() {
        let digit = NIX_BASE32.iter().position(|&d| d == c)? as u16;
        let bit = n * 5;
        let (index, shift) = (bit / 8, bit % 8);
        let spread = digit << shift;
        *bytes.get_mut(index)? |= spread as u8;
        let carry = (spread >> 8) as u8;
        match bytes.get_mut(index + 1) {
            Some(next) => *next |= carry,
            None if carry != 0 => return None,
            None => {}
        }
    }
    Some(bytes)
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let word = chunk
            .iter()
            .enumerate()
            .fold(0u32, |word, (i, &b)| word | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[(word >> (18 - 6 * i) & 0x3f) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::new();
    let (mut word, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let digit = BASE64.iter().position(|&d| d == c)? as u32;
        word = word << 6 | digit;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((word >> bits) as u8);
            word &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_round_trip() {
        let digest = Algorithm::Sha256.digest(b"hello");
        assert_eq!(decode_base16(&base16(&digest)), Some(digest.clone()));
        assert_eq!(
            decode_nix_base32(&nix_base32(&digest), 32),
            Some(digest.clone())
        );
        assert_eq!(decode_base64(&base64(&digest)), Some(digest.clone()));
        // As `nix-hash --type sha256 --to-base32` and `openssl dgst -sha256 -binary | base64` give them.
        assert_eq!(
            nix_base32(&digest),
            "094qif9n4cq4fdg459qzbhg1c6wywawwaaivx0k0x8xhbyx4vwic"
        );
        assert_eq!(
            base64(&digest),
            "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="
        );
    }
}
