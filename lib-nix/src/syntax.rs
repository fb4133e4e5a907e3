//! ① Parsing. Parsing never fails; it returns a tree of rnix's shape and the syntax
//! errors found, each with a range (rnix leaves some without one: we place them). A
//! well-formed file is read by ncc's own tokenizer and parser (`tokens.rs`,
//! `well_formed.rs`), which build the tree rnix would; any other is rnix's to parse,
//! recover and report.

use rnix::{ParseError, SyntaxKind};

mod memo;
mod mistakes;
pub mod prepared;
mod tokens;
mod well_formed;

/// The result of parsing one file.
#[derive(Debug, Clone)]
pub struct Parse {
    pub root: rnix::Root,
    pub errors: Vec<SyntaxError>,
}

/// One syntax error: a byte range and a message in Nix's words where we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub start: u32,
    pub end: u32,
    pub message: String,
}

/// How deeply brackets may nest before ncc refuses to parse. rowan hashes nodes
/// recursively while building the tree, which is quadratic in depth; Nix 2.8 itself
/// gives up ("memory exhausted") well before 10,000 levels.
pub const MAX_NESTING: usize = 1_000;

/// How deep the syntax tree may get through chains that need no bracket: prefix
/// operators (`! ! ! x`, `- - - 1`), binary operators (`1 + 1 + ...`, `a ++ b ++ ...`)
/// and calls (`f f f ...`), summed over the brackets around them. The same quadratic
/// hashing makes a 100,000-long chain take tens of seconds.
pub const MAX_CHAIN: usize = 20_000;

/// The longest run of characters that can continue a name or a path (letters, digits,
/// `_`, `.`, `+`, `-`, `/`) outside strings and comments. rnix's tokenizer looks ahead to
/// the end of such a run at every token inside it, so `a.a.a...` is quadratic in its
/// length.
pub const MAX_RUN: usize = 1_000;

/// The search paths `text` looks up, as written between `<` and `>` (`nixpkgs/lib`,
/// `home-manager/nixos`), in order, from its tokens: a `<...>` in a string or a comment
/// is none. Text the parser would refuse (see [`MAX_RUN`]) looks up nothing.
pub fn search_path_lookups(text: &str) -> Vec<&str> {
    if screen(text).is_some() {
        return Vec::new();
    }
    rnix::tokenize(text)
        .filter(|(kind, _)| *kind == SyntaxKind::TOKEN_PATH_SEARCH)
        .filter_map(|(_, token)| token.strip_prefix('<')?.strip_suffix('>'))
        .collect()
}

/// Parses `text`. Never panics and never fails. A text parsed more than once in the
/// process is parsed twice at most (see [`memo`]).
pub fn parse(text: &str) -> Parse {
    memo::parse(text, parse_uncached)
}

/// [`parse`], always parsing.
fn parse_uncached(text: &str) -> Parse {
    if let Some((offset, message)) = screen(text) {
        let parsed = rnix::Root::parse("");
        return Parse {
            root: parsed.tree(),
            errors: vec![SyntaxError {
                start: offset as u32,
                end: offset as u32 + 1,
                message,
            }],
        };
    }
    if let Some(green) = well_formed::parse(text) {
        return Parse {
            root: rowan::ast::AstNode::cast(rnix::SyntaxNode::new_root(green))
                .expect("a well-formed parse is a root"),
            errors: Vec::new(),
        };
    }
    let parsed = rnix::Root::parse(text);
    let end = text.len() as u32;
    let errors = if parsed
        .errors()
        .iter()
        .any(|error| matches!(error, ParseError::RecursionLimitExceeded))
    {
        let mut errors: Vec<SyntaxError> = parsed
            .errors()
            .iter()
            .map(|error| place_error(error, text, end))
            .collect();
        place_recursion_limit(&mut errors, &parsed.syntax(), text);
        errors
    } else if parsed.errors().is_empty() {
        Vec::new()
    } else {
        let (errors, repaired) = mistakes::find(text, parsed.errors());
        if let Some(repaired) = repaired {
            return Parse {
                root: repaired.tree(),
                errors,
            };
        }
        errors
    };
    Parse {
        root: parsed.tree(),
        errors,
    }
}

/// A Nix source compiled into ncc: its text, its syntax tree parsed by the build script
/// of the crate that embeds it (see [`prepared`] and [`embedded_nix!`]), and the IR that
/// build script lowered it to (see [`crate::ir::prepared`]; empty when it could not).
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedSource {
    pub text: &'static str,
    pub tree: &'static [u8],
    pub ir: &'static [u8],
}

/// The tree of an embedded source, rebuilt from its prepared events without tokenizing
/// or parsing; the build script has already refused one with a syntax error. Should the
/// events not fit the text, it is parsed as any file is.
pub fn parse_embedded(source: &EmbeddedSource) -> Parse {
    let max_kind = SyntaxKind::NODE_WITH as u16;
    let root = prepared::decode(source.tree, source.text, max_kind).and_then(|green| {
        <rnix::Root as rowan::ast::AstNode>::cast(rnix::SyntaxNode::new_root(green))
    });
    match root {
        Some(root) => Parse {
            root,
            errors: Vec::new(),
        },
        None => parse(source.text),
    }
}

/// Where the IR prepared for `source` differs from the IR its text lowers to in a run
/// whose builtin globals are `is_global` (expressions, spans, named lambdas, root), or
/// that it does not decode; `None` when they are the same. For tests of the crates that
/// embed sources: a prepared IR that differed would evaluate something else than the text.
pub fn prepared_ir_difference(
    source: &EmbeddedSource,
    is_global: &dyn Fn(&str) -> bool,
) -> Option<String> {
    use crate::diagnostic::FileId;
    use crate::ir::{ExprId, Ir};
    let mut lowered = Ir::default();
    let parsed = parse(source.text);
    let (body, diagnostics) = crate::lower::lower(
        &parsed.root,
        FileId::new(0),
        "/<ncc>",
        &mut lowered,
        is_global,
    );
    if let Some(first) = diagnostics.first() {
        return Some(format!("the text does not lower: {}", first.message()));
    }
    let mut decoded = Ir::default();
    let Some(replayed) = crate::ir::prepared::decode(
        crate::ir::prepared::Bytes::Embedded(source.ir),
        source.text,
        &mut decoded,
        FileId::new(0),
        is_global,
    ) else {
        return Some("the prepared IR does not decode".to_owned());
    };
    if lowered.len() != decoded.len() {
        return Some(format!(
            "{} expressions lowered, {} prepared",
            lowered.len(),
            decoded.len()
        ));
    }
    // The file's expressions are numbered apart in an arena of prepared files.
    let first = replayed.root.0.wrapping_sub(body.root.0);
    if Some(ExprId(first)) != Ir::default().next_prepared_id(lowered.len(), false) {
        return Some("the root".to_owned());
    }
    for index in 0..lowered.len() as u32 {
        let (id, placed) = (ExprId(index), ExprId(first.wrapping_add(index)));
        let (want, got) = (lowered.shown_from(id, 0), decoded.shown_from(placed, first));
        if want != got {
            return Some(format!(
                "expression {index}: lowered {want}, prepared {got}"
            ));
        }
        if let (crate::ir::Expr::Attrs(want), crate::ir::Expr::Attrs(got)) =
            (lowered.expr(id), decoded.expr(placed))
        {
            if want.order != got.order {
                return Some(format!("the name order of attribute set {index}"));
            }
        }
        if lowered.span(id) != decoded.span(placed) {
            return Some(format!("the span of expression {index}"));
        }
        if lowered.lambda_name(id) != decoded.lambda_name(placed) {
            return Some(format!("the name of lambda {index}"));
        }
        if decoded.carried_free_vars(placed).as_ref() != Some(&*lowered.free_vars(id)) {
            return Some(format!("the free variables of expression {index}"));
        }
    }
    None
}

/// Embeds the Nix file `src/$path` of the calling crate as an [`EmbeddedSource`]. The
/// crate's build script writes its tree with [`prepared::encode`] to
/// `$OUT_DIR/$path.tree` and its IR with [`crate::ir::prepared::encode`] to
/// `$OUT_DIR/$path.ir` (see `lib-nix/build.rs`, which `compiler/build.rs` reuses).
#[macro_export]
macro_rules! embedded_nix {
    ($path:literal) => {
        $crate::syntax::EmbeddedSource {
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/", $path)),
            tree: include_bytes!(concat!(env!("OUT_DIR"), "/", $path, ".tree")),
            ir: include_bytes!(concat!(env!("OUT_DIR"), "/", $path, ".ir")),
        }
    };
}

/// rnix gives its recursion-limit error no place and then reports every construct left
/// open as ending too early. It wraps the rest of the file, from where it gave up, in an
/// error node: the error goes there, and the "unexpected end of file" errors that
/// only restate it are dropped.
fn place_recursion_limit(errors: &mut Vec<SyntaxError>, root: &rnix::SyntaxNode, text: &str) {
    let end = text.len() as u32;
    // The error node ends where the tokens do; trailing whitespace belongs to the root.
    let last_token_end = text.trim_end().len() as u32;
    let gave_up = root
        .descendants()
        .filter(|node| node.kind() == SyntaxKind::NODE_ERROR)
        .filter(|node| {
            let range = node.text_range();
            !range.is_empty() && u32::from(range.end()) >= last_token_end
        })
        .map(|node| u32::from(node.text_range().start()))
        .max();
    let Some(start) = gave_up else { return };
    let limit = errors
        .iter()
        .position(|error| error.message.contains("recursion limit"));
    let Some(limit) = limit else { return };
    let mut error = errors.remove(limit);
    error.start = start;
    // One character wide: the first of the part rnix gave up on.
    let width = text[start as usize..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    error.end = start + width as u32;
    errors.retain(|other| !(other.start == end && other.end == end));
    errors.insert(0, error);
}

/// Where the scan of [`screen`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Code directly inside the file, a bracket or an interpolation; `closer` ends it.
    Code {
        closer: u8,
        /// Inside `[ ]`, or after `inherit`: side-by-side operands are items, not calls.
        flat: bool,
        /// Operators, prefixes and operands since the last separator (`;`, `=`, `,`,
        /// `:`, or a keyword that starts a sub-expression).
        chain: usize,
    },
    /// Inside `"..."`.
    String,
    /// Inside `''...''`.
    IndentedString,
}

/// A linear scan, before rnix sees the text, for what would make rnix or rowan take
/// quadratic time: brackets nested more than [`MAX_NESTING`] deep, chains longer than
/// [`MAX_CHAIN`], runs longer than [`MAX_RUN`]. Returns the offset and the message of
/// the first one found. It follows strings, interpolations and comments; where it is
/// unsure it overestimates, and the limits are far above what configurations hold.
fn screen(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let mut stack = vec![code(0, false)];
    // The sum of the chains of every open code place, and how many brackets are open.
    let mut depth = 0usize;
    let mut brackets = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let place = *stack.last().expect("the file's own place is never popped");
        match place {
            Place::String => {
                if !matches!(byte, b'\\' | b'"' | b'$') {
                    index = memchr::memchr3(b'\\', b'"', b'$', &bytes[index..])
                        .map_or(bytes.len(), |found| index + found);
                    continue;
                }
                match byte {
                    b'\\' => index += 1,
                    b'"' => {
                        stack.pop();
                    }
                    b'$' if bytes.get(index + 1) == Some(&b'{') => {
                        index += 1;
                        brackets += 1;
                        if brackets > MAX_NESTING {
                            return Some((index, too_deep_brackets()));
                        }
                        stack.push(code(b'}', false));
                    }
                    _ => {}
                }
                index += 1;
            }
            Place::IndentedString => {
                if !matches!(byte, b'\'' | b'$') {
                    index = memchr::memchr2(b'\'', b'$', &bytes[index..])
                        .map_or(bytes.len(), |found| index + found);
                    continue;
                }
                if bytes[index..].starts_with(b"''") {
                    // `'''`, `''$` and `''\x` are escapes; a lone `''` ends the string.
                    match bytes.get(index + 2) {
                        Some(b'\'') | Some(b'$') => index += 3,
                        Some(b'\\') => index += 4,
                        _ => {
                            stack.pop();
                            index += 2;
                        }
                    }
                    continue;
                }
                if byte == b'$' && bytes.get(index + 1) == Some(&b'{') {
                    index += 1;
                    brackets += 1;
                    if brackets > MAX_NESTING {
                        return Some((index, too_deep_brackets()));
                    }
                    stack.push(code(b'}', false));
                }
                index += 1;
            }
            Place::Code { closer, flat, .. } => {
                let mut grow = |stack: &mut Vec<Place>, by: usize, at: usize| {
                    if let Some(Place::Code { chain, .. }) = stack.last_mut() {
                        *chain += by;
                    }
                    depth += by;
                    (depth > MAX_CHAIN).then(|| (at, too_deep_chain()))
                };
                match byte {
                    b'#' => {
                        index = memchr::memchr(b'\n', &bytes[index..])
                            .map_or(bytes.len(), |found| index + found);
                        continue;
                    }
                    b'/' if bytes.get(index + 1) == Some(&b'*') => {
                        index += 2;
                        index = memchr::memmem::find(&bytes[index..], b"*/")
                            .map_or(bytes.len(), |found| index + found + 2);
                        continue;
                    }
                    b' ' | b'\n' | b'\t' | b'\r' => {
                        while index < bytes.len()
                            && matches!(bytes[index], b' ' | b'\n' | b'\t' | b'\r')
                        {
                            index += 1;
                        }
                        continue;
                    }
                    b'"' => {
                        if let Some(found) = grow(&mut stack, 1, index) {
                            return Some(found);
                        }
                        stack.push(Place::String);
                    }
                    b'\'' if bytes.get(index + 1) == Some(&b'\'') => {
                        if let Some(found) = grow(&mut stack, 1, index) {
                            return Some(found);
                        }
                        stack.push(Place::IndentedString);
                        index += 1;
                    }
                    b'(' | b'[' | b'{' => {
                        if let Some(found) = grow(&mut stack, 1, index) {
                            return Some(found);
                        }
                        brackets += 1;
                        if brackets > MAX_NESTING {
                            return Some((index, too_deep_brackets()));
                        }
                        let closer = match byte {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        stack.push(code(closer, byte == b'['));
                    }
                    b')' | b']' | b'}' if closer == byte && stack.len() > 1 => {
                        depth -= reset(&mut stack);
                        stack.pop();
                        brackets -= 1;
                    }
                    b';' => {
                        depth -= reset(&mut stack);
                        if let Some(Place::Code { flat, closer, .. }) = stack.last_mut() {
                            // `inherit a b c;` ends here; a list stays a list.
                            *flat = *closer == b']';
                        }
                    }
                    b'=' | b',' | b':' | b'@' if !is_comparison(bytes, index) => {
                        depth -= reset(&mut stack);
                    }
                    byte if is_run_byte(byte) => {
                        let start = index;
                        while index < bytes.len() && is_run_byte(bytes[index]) {
                            index += 1;
                        }
                        if index - start > MAX_RUN {
                            return Some((start, too_long_run()));
                        }
                        while index < bytes.len() && bytes[index] == b'\'' {
                            index += 1;
                        }
                        match &text[start..index] {
                            "let" | "in" | "if" | "then" | "else" | "with" | "assert" => {
                                depth -= reset(&mut stack);
                            }
                            "inherit" => {
                                if let Some(Place::Code { flat, .. }) = stack.last_mut() {
                                    *flat = true;
                                }
                            }
                            word => {
                                // Operators inside the run (`1+1-1`, `a.b.c`) each
                                // count; a name or number counts unless it is an item.
                                let operators = word
                                    .bytes()
                                    .filter(|b| matches!(b, b'+' | b'-' | b'.' | b'/'))
                                    .count();
                                let operand = usize::from(!flat);
                                if let Some(found) = grow(&mut stack, operators + operand, start) {
                                    return Some(found);
                                }
                            }
                        }
                        continue;
                    }
                    b'!' | b'*' | b'<' | b'>' | b'&' | b'|' | b'?' | b'~' => {
                        if let Some(found) = grow(&mut stack, 1, index) {
                            return Some(found);
                        }
                    }
                    _ => {}
                }
                index += 1;
            }
        }
    }
    None
}

fn code(closer: u8, flat: bool) -> Place {
    Place::Code {
        closer,
        flat,
        chain: 0,
    }
}

/// Ends the chain of the innermost code place; returns its length.
fn reset(stack: &mut [Place]) -> usize {
    match stack.last_mut() {
        Some(Place::Code { chain, .. }) => std::mem::take(chain),
        _ => 0,
    }
}

/// Bytes that rnix's tokenizer reads as one run of name or path characters.
fn is_run_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'+' | b'-' | b'/')
}

/// `==`, `!=`, `<=`, `>=`: comparisons, not the `=` of a binding.
fn is_comparison(bytes: &[u8], index: usize) -> bool {
    bytes[index] == b'='
        && (bytes.get(index + 1) == Some(&b'=')
            || index
                .checked_sub(1)
                .is_some_and(|before| matches!(bytes[before], b'=' | b'!' | b'<' | b'>')))
}

fn too_deep_brackets() -> String {
    format!("expression nested too deeply: more than {MAX_NESTING} levels of brackets")
}

fn too_deep_chain() -> String {
    format!(
        "expression nested too deeply: a chain of more than {MAX_CHAIN} operators, operands and calls"
    )
}

fn too_long_run() -> String {
    format!(
        "a name, number or path longer than {MAX_RUN} characters: split it with spaces or quote it"
    )
}

fn place_error(error: &ParseError, text: &str, end_of_file: u32) -> SyntaxError {
    let at = |range: rnix::TextRange, message: String| SyntaxError {
        start: range.start().into(),
        end: range.end().into(),
        message,
    };
    let eof = |message: String| SyntaxError {
        start: end_of_file,
        end: end_of_file,
        message,
    };
    let found = |range: rnix::TextRange| {
        let start = usize::from(range.start()).min(text.len());
        let end = usize::from(range.end()).clamp(start, text.len());
        let slice = text.get(start..end).unwrap_or("");
        rnix::tokenize(slice)
            .into_iter()
            .find(|(kind, _)| {
                !matches!(
                    kind,
                    SyntaxKind::TOKEN_WHITESPACE | SyntaxKind::TOKEN_COMMENT
                )
            })
            .map(|(kind, _)| bison_name(kind))
            .unwrap_or_else(|| "input".to_owned())
    };
    match error {
        ParseError::Unexpected(range) => at(
            *range,
            format!("syntax error, unexpected {}", found(*range)),
        ),
        ParseError::UnexpectedExtra(range) => at(
            *range,
            format!("syntax error, unexpected {}", found(*range)),
        ),
        ParseError::UnexpectedWanted(got, range, wanted) => {
            let mut message = format!("syntax error, unexpected {}", bison_name(*got));
            if wanted.len() == 1 {
                message.push_str(&format!(", expecting {}", bison_name(wanted[0])));
            }
            at(*range, message)
        }
        ParseError::UnexpectedDoubleBind(range) => at(
            *range,
            "syntax error, a pattern may be bound only once".to_owned(),
        ),
        ParseError::UnexpectedEOF => eof("syntax error, unexpected end of file".to_owned()),
        ParseError::UnexpectedEOFWanted(wanted) => {
            let mut message = "syntax error, unexpected end of file".to_owned();
            if wanted.len() == 1 {
                message.push_str(&format!(", expecting {}", bison_name(wanted[0])));
            }
            eof(message)
        }
        ParseError::DuplicatedArgs(range, name) => at(
            *range,
            format!("duplicate formal function argument '{name}'"),
        ),
        ParseError::RecursionLimitExceeded => eof(
            "expression nested too deeply: the parser's recursion limit was exceeded".to_owned(),
        ),
        other => eof(format!("syntax error: {other}")),
    }
}

/// The name Nix 2.8's Bison grammar gives a token in "unexpected ..." messages.
pub fn bison_name(kind: SyntaxKind) -> String {
    use SyntaxKind::*;
    let name = match kind {
        TOKEN_SUB => "'-'",
        TOKEN_ADD => "'+'",
        TOKEN_MUL => "'*'",
        TOKEN_DIV => "'/'",
        TOKEN_LESS => "'<'",
        TOKEN_MORE => "'>'",
        TOKEN_INVERT => "'!'",
        TOKEN_QUESTION => "'?'",
        TOKEN_AT => "'@'",
        TOKEN_EQUAL => "EQ",
        TOKEN_NOT_EQUAL => "NEQ",
        TOKEN_LESS_OR_EQ => "LEQ",
        TOKEN_MORE_OR_EQ => "GEQ",
        TOKEN_AND_AND => "AND",
        TOKEN_OR_OR => "OR",
        TOKEN_IMPLICATION => "IMPL",
        TOKEN_UPDATE => "UPDATE",
        TOKEN_CONCAT => "CONCAT",
        TOKEN_OR => "OR_KW",
        TOKEN_REC => "REC",
        TOKEN_LET => "LET",
        TOKEN_IN => "IN",
        TOKEN_IF => "IF",
        TOKEN_THEN => "THEN",
        TOKEN_ELSE => "ELSE",
        TOKEN_ASSERT => "ASSERT",
        TOKEN_WITH => "WITH",
        TOKEN_INHERIT => "INHERIT",
        TOKEN_ELLIPSIS => "ELLIPSIS",
        TOKEN_IDENT => "ID",
        TOKEN_INTEGER => "INT",
        TOKEN_FLOAT => "FLOAT",
        TOKEN_URI => "URI",
        TOKEN_PATH_ABS | TOKEN_PATH_REL => "PATH",
        TOKEN_PATH_HOME => "HPATH",
        TOKEN_PATH_SEARCH => "SPATH",
        TOKEN_INTERPOL_START => "DOLLAR_CURLY",
        TOKEN_STRING_START | TOKEN_STRING_END => "'\"'",
        _ => return describe_kind(kind),
    };
    name.to_owned()
}

/// Names a token kind the way a person reads it.
pub fn describe_kind(kind: SyntaxKind) -> String {
    use SyntaxKind::*;
    let text = match kind {
        TOKEN_SEMICOLON => "';'",
        TOKEN_ASSIGN => "'='",
        TOKEN_COLON => "':'",
        TOKEN_COMMA => "','",
        TOKEN_DOT => "'.'",
        TOKEN_L_BRACE => "'{'",
        TOKEN_R_BRACE => "'}'",
        TOKEN_L_BRACK => "'['",
        TOKEN_R_BRACK => "']'",
        TOKEN_L_PAREN => "'('",
        TOKEN_R_PAREN => "')'",
        TOKEN_IN => "'in'",
        TOKEN_THEN => "'then'",
        TOKEN_ELSE => "'else'",
        TOKEN_IDENT => "an identifier",
        TOKEN_STRING_START | TOKEN_STRING_CONTENT => "a string",
        TOKEN_STRING_END => "the end of a string",
        TOKEN_INTERPOL_END => "'}' closing an interpolation",
        TOKEN_INTEGER => "an integer",
        TOKEN_FLOAT => "a float",
        TOKEN_ERROR => "an invalid token",
        NODE_ATTRPATH => "an attribute path",
        _ => {
            return format!("{kind:?}")
                .to_lowercase()
                .replace("token_", "")
                .replace("node_", "")
        }
    };
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rowan::ast::AstNode;

    #[test]
    fn reports_a_missing_semicolon_with_a_range() {
        let parsed = parse("{ a = 1 b = 2; }");
        assert!(!parsed.errors.is_empty());
        assert!(parsed.errors.iter().all(|e| e.start <= e.end));
    }

    #[test]
    fn refuses_absurd_nesting_quickly() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let parsed = parse(&text);
        assert_eq!(parsed.errors.len(), 1);
        assert!(parsed.errors[0].message.contains("nested too deeply"));
        let fine = format!("{}{}", "[".repeat(500), "]".repeat(500));
        assert!(parse(&fine).errors.is_empty());
    }

    #[test]
    fn refuses_long_chains_quickly() {
        for text in [
            format!("{}true", "!".repeat(100_000)),
            format!("{}1", "- ".repeat(100_000)),
            format!("let f = x: f; in f{}", " f".repeat(100_000)),
            format!("{}1", "1 + ".repeat(100_000)),
            format!("{}[ ]", "[ 1 ] ++ ".repeat(100_000)),
            format!("{}{{ }}", "{ } // ".repeat(100_000)),
        ] {
            let start = std::time::Instant::now();
            let parsed = parse(&text);
            assert_eq!(parsed.errors.len(), 1, "{:?}", &text[..20]);
            assert!(parsed.errors[0].message.contains("nested too deeply"));
            assert!(start.elapsed() < std::time::Duration::from_secs(1));
        }
        // Long but flat: list items and bindings are no chain.
        let list = format!("[ {} ]", "x y ".repeat(50_000));
        assert!(parse(&list).errors.is_empty());
        let bindings: String = (0..20_000).map(|i| format!("a{i} = f x y; ")).collect();
        assert!(parse(&format!("{{ {bindings} }}")).errors.is_empty());
    }

    #[test]
    fn refuses_long_runs_of_name_characters() {
        let text = format!("x{}", ".a".repeat(100_000));
        let parsed = parse(&text);
        assert_eq!(parsed.errors.len(), 1);
        assert!(parsed.errors[0].message.contains("longer than"));
        // Strings and comments may be as long as they like.
        let string = format!("\"{}\" # {}", "a.".repeat(100_000), "b.".repeat(100_000));
        assert!(parse(&string).errors.is_empty());
        let indented = format!("''{}${{\"x\"}}''' ''", "a.".repeat(100_000));
        assert!(parse(&indented).errors.is_empty());
    }

    #[test]
    fn places_the_parser_recursion_limit_where_it_hit() {
        let text = format!("{}1\n", "let a = 1; in ".repeat(1000));
        let parsed = parse(&text);
        assert_eq!(parsed.errors.len(), 1, "{:?}", parsed.errors);
        assert!(parsed.errors[0].message.contains("recursion limit"));
        assert!((parsed.errors[0].start as usize) < text.len());
        // Where it gives up on a character of several bytes, the range covers all of it.
        for depth in 500..520 {
            let text = format!("{}ë", "let a = ë; in ".repeat(depth));
            for error in &parse(&text).errors {
                assert!(text.is_char_boundary(error.start as usize), "{depth}");
                assert!(text.is_char_boundary(error.end as usize), "{depth}");
            }
        }
    }

    #[test]
    fn the_screen_lets_real_nix_through() {
        assert_eq!(screen(include_str!("modules/lib.nix")), None);
    }

    /// The tree replayed from a prepared list is the tree rnix builds, error nodes and
    /// all; a list that does not fit its text is refused.
    #[test]
    fn prepared_trees_are_the_parsed_trees() {
        for text in [
            include_str!("modules/lib.nix"),
            "{ a = 1; b = \"x${y}z\"; c = ''\n  i ${j}\n''; }",
            "{ a = 1 b = 2; }",
            "let in",
            "",
            "# only a comment\n",
            &"x".repeat(100_000),
        ] {
            let syntax = rnix::Root::parse(text).syntax();
            let green = syntax.green().to_owned();
            let events = prepared::encode(&green);
            let max_kind = SyntaxKind::NODE_WITH as u16;
            let replayed = prepared::decode(&events, text, max_kind);
            assert_eq!(replayed.as_ref(), Some(&green), "{text:?}");
            let longer = format!("{text} ");
            assert_eq!(prepared::decode(&events, &longer, max_kind), None);
            assert_eq!(
                prepared::decode(&events[..events.len() - 1], text, max_kind),
                None
            );
        }
        assert_eq!(prepared::decode(&[0x80, 0x7F, 0, 0xFF], "", 0x70), None);
    }

    #[test]
    fn embedded_sources_load_without_errors() {
        let source = crate::embedded_nix!("modules/lib.nix");
        let parsed = parse_embedded(&source);
        assert!(parsed.errors.is_empty());
        assert_eq!(parsed.root.syntax().text().to_string(), source.text);
        assert_eq!(
            parsed.root.syntax().green(),
            parse(source.text).root.syntax().green()
        );
    }

    /// A mistake is reported once, where it is fixed; the independent one after it too;
    /// the tree lowered is the repaired one, with every offset still the file's.
    #[test]
    fn reports_each_mistake_once_where_it_is_fixed() {
        let text = "{\n  a = \"x\"\n  b = [ 1\n  ;\n  c = 3;\n}\n";
        let parsed = parse(text);
        let found: Vec<(u32, &str)> = parsed
            .errors
            .iter()
            .map(|e| (e.start, e.message.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (11, "syntax error, missing ';' after this binding"),
                (21, "syntax error, missing ']' to close the '[' of line 3"),
            ]
        );
        assert_eq!(
            parsed.root.syntax().text().len(),
            (text.len() as u32).into()
        );
        // When a repair cannot keep the length, rnix's own tree is kept.
        let parsed = parse("{ a = 1;b = ; }");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.root.syntax().to_string(), "{ a = 1;b = ; }");
    }

    #[test]
    fn mistakes_stay_inside_the_text() {
        for text in [
            "{ a = \"ë\"\n b = 1; }",
            "[ ë ;",
            "{ x = {\n}\n ; y",
            "{ a b c d }:",
            "let a = ë\nb = 1; in",
            "{ a = 1 b = 2 c = 3 d = 4; }",
            "''\n${",
            "}}}}",
            "{ a = [ ( { ; ] ) }",
        ] {
            for error in parse(text).errors {
                assert!(
                    error.start <= error.end && error.end as usize <= text.len(),
                    "{text:?}"
                );
                assert!(text.is_char_boundary(error.start as usize), "{text:?}");
                assert!(text.is_char_boundary(error.end as usize), "{text:?}");
            }
        }
    }

    #[test]
    fn survives_garbage() {
        for text in [
            "",
            "{",
            "''",
            "\"${",
            "let in",
            "a: b: {",
            "\u{0}",
            "{ a.b.c = ; }",
        ] {
            let _ = parse(text);
        }
    }
}
