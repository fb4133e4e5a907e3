//! rnix's tokens, read over bytes: the same kinds and the same texts as
//! `rnix::tokenize`, in under half its instructions, for text it reads without an error.
//!
//! rnix reads a character at a time through `chars()` and, at the start of every
//! token, looks along the run of path characters ahead to decide whether a path or a
//! URI starts there. Here bytes are read, the run is looked along only where the token
//! can be a path or a URI, and strings are searched with `memchr`.
//!
//! It gives up (`None`) where rnix would make an error token, and at any byte outside
//! ASCII that is not inside a string or a comment (rnix takes Unicode whitespace as
//! whitespace there and anything else as an error). `tests` compares every token with
//! rnix's over every `.nix` file of the repository and broken variants of them.

use rnix::SyntaxKind::{self, *};

/// What the tokens being read are inside of, innermost last (as rnix keeps it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// The text of a string, `''...''` when `indented`.
    StringBody { indented: bool },
    /// Right before a string's closing quote(s).
    StringEnd,
    /// Inside `${ }`, with `brackets` braces open in it.
    Interpolation { brackets: u32 },
    /// Right before a `${` found while reading a string or a path.
    InterpolationStart,
    /// Between the parts of a path with interpolations, of the path's kind.
    Path(SyntaxKind),
}

/// A path character, as Nix's lexer reads paths.
fn is_path_byte(byte: u8) -> bool {
    matches!(byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'_' | b'.' | b'+' | b'-')
}

/// A character a URI may hold besides a path's.
fn is_uri_byte(byte: u8) -> bool {
    matches!(
        byte,
        b'%' | b'?' | b':' | b'@' | b'&' | b'=' | b'$' | b',' | b'!' | b'~' | b'*' | b'\''
    ) || is_path_byte(byte)
}

fn is_ident_byte(byte: u8) -> bool {
    matches!(byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-' | b'\'')
}

/// ASCII whitespace as `char::is_whitespace` takes it.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// What the run of path characters at a token's start makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Other,
    PathAbs,
    PathRel,
    PathHome,
    SearchPath,
    Uri,
}

/// The tokens of `text`, each pushed with `push(kind, start)`, where it starts in
/// `text` (each ends where the next starts); `false`, having pushed some, where rnix
/// would make an error token or the text leaves ASCII outside strings and comments.
pub(super) fn read(text: &str, mut push: impl FnMut(SyntaxKind, usize)) -> bool {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
        context: Vec::new(),
    };
    loop {
        let start = reader.at;
        match reader.next() {
            Some(Some(kind)) => push(kind, start),
            Some(None) => return false,
            None => return true,
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    context: Vec<Context>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn rest(&self) -> &[u8] {
        &self.bytes[self.at..]
    }

    fn skip_while(&mut self, keep: impl Fn(u8) -> bool) -> usize {
        let start = self.at;
        while self.peek().is_some_and(&keep) {
            self.at += 1;
        }
        self.at - start
    }

    /// The next token: `None` at the end, `Some(None)` where this reader gives up.
    fn next(&mut self) -> Option<Option<SyntaxKind>> {
        let start = self.at;
        // A token begun by the context: the next part of a string or a path.
        loop {
            match self.context.last().copied() {
                Some(Context::InterpolationStart) => {
                    self.context.pop();
                    self.context.push(Context::Interpolation { brackets: 0 });
                    self.at += 2;
                    return Some(Some(TOKEN_INTERPOL_START));
                }
                Some(Context::Path(kind)) => {
                    if self.rest().starts_with(b"${") {
                        self.at += 2;
                        self.context.push(Context::Interpolation { brackets: 0 });
                        return Some(Some(TOKEN_INTERPOL_START));
                    }
                    if self.peek().is_some_and(is_path_byte) {
                        return Some(self.path_part(start, kind));
                    }
                    self.context.pop();
                }
                Some(Context::StringBody { indented }) => {
                    let kind = self.string_body(indented);
                    if self.at == start && kind.is_some() {
                        continue;
                    }
                    return Some(kind);
                }
                Some(Context::StringEnd) => {
                    self.context.pop();
                    return Some(match self.peek() {
                        Some(b'"') => {
                            self.at += 1;
                            Some(TOKEN_STRING_END)
                        }
                        Some(b'\'') if self.peek_at(1) == Some(b'\'') => {
                            self.at += 2;
                            Some(TOKEN_STRING_END)
                        }
                        _ => None,
                    });
                }
                _ => {}
            }
            break;
        }

        let first = self.peek()?;
        if !first.is_ascii() {
            return Some(None);
        }
        if is_space(first) {
            self.skip_while(is_space);
            if self.peek().is_some_and(|byte| !byte.is_ascii()) {
                return Some(None);
            }
            return Some(Some(TOKEN_WHITESPACE));
        }
        if first == b'#' {
            self.at = memchr::memchr(b'\n', self.rest()).map_or(self.bytes.len(), |n| self.at + n);
            return Some(Some(TOKEN_COMMENT));
        }
        if self.rest().starts_with(b"/*") {
            self.at += 2;
            return Some(match memchr::memmem::find(self.rest(), b"*/") {
                Some(n) => {
                    self.at += n + 2;
                    Some(TOKEN_COMMENT)
                }
                None => None,
            });
        }
        if self.rest().starts_with(b"...") {
            self.at += 3;
            return Some(Some(TOKEN_ELLIPSIS));
        }

        let shape = self.shape(first);
        self.at += 1;
        let next = self.peek();
        if first == b'/' && next == Some(b'/') {
            self.at += 1;
            return Some(Some(TOKEN_UPDATE));
        }
        if first == b'~'
            || matches!(shape, Shape::PathAbs | Shape::PathRel)
            || (first == b'/' && next.is_some_and(is_path_byte))
        {
            let kind = if first == b'~' {
                if next != Some(b'/') {
                    return Some(None);
                }
                self.at += 1;
                TOKEN_PATH_HOME
            } else if first == b'/' {
                TOKEN_PATH_ABS
            } else {
                TOKEN_PATH_REL
            };
            self.context.push(Context::Path(kind));
            return Some(self.path_part(start, kind));
        }

        let followed_by = |byte: u8| next == Some(byte);
        let two = |reader: &mut Self, kind: SyntaxKind| {
            reader.at += 1;
            Some(kind)
        };
        Some(match first {
            b'=' if followed_by(b'=') => two(self, TOKEN_EQUAL),
            b'!' if followed_by(b'=') => two(self, TOKEN_NOT_EQUAL),
            b'!' => Some(TOKEN_INVERT),
            b'{' => {
                if let Some(Context::Interpolation { brackets }) = self.context.last_mut() {
                    *brackets += 1;
                }
                Some(TOKEN_L_BRACE)
            }
            b'}' => {
                if let Some(Context::Interpolation { brackets }) = self.context.last_mut() {
                    if *brackets == 0 {
                        self.context.pop();
                        return Some(Some(TOKEN_INTERPOL_END));
                    }
                    *brackets -= 1;
                }
                Some(TOKEN_R_BRACE)
            }
            b'[' => Some(TOKEN_L_BRACK),
            b']' => Some(TOKEN_R_BRACK),
            b'@' => Some(TOKEN_AT),
            b':' => Some(TOKEN_COLON),
            b',' => Some(TOKEN_COMMA),
            b'.' if next.is_some_and(|byte| byte.is_ascii_digit()) => {
                self.skip_while(|byte| byte.is_ascii_digit());
                self.exponent()
            }
            b'.' => Some(TOKEN_DOT),
            b'=' => Some(TOKEN_ASSIGN),
            b'?' => Some(TOKEN_QUESTION),
            b';' => Some(TOKEN_SEMICOLON),
            b'(' => Some(TOKEN_L_PAREN),
            b')' => Some(TOKEN_R_PAREN),
            b'+' if followed_by(b'+') => two(self, TOKEN_CONCAT),
            b'-' if followed_by(b'>') => two(self, TOKEN_IMPLICATION),
            b'+' => Some(TOKEN_ADD),
            b'-' => Some(TOKEN_SUB),
            b'*' => Some(TOKEN_MUL),
            b'/' => Some(TOKEN_DIV),
            b'<' if followed_by(b'|') => two(self, TOKEN_PIPE_LEFT),
            b'<' if shape == Shape::SearchPath => {
                if self.skip_while(is_path_byte) == 0 {
                    Some(TOKEN_LESS)
                } else if self.peek() == Some(b'>') {
                    self.at += 1;
                    Some(TOKEN_PATH_SEARCH)
                } else {
                    None
                }
            }
            b'&' if followed_by(b'&') => two(self, TOKEN_AND_AND),
            b'|' if followed_by(b'>') => two(self, TOKEN_PIPE_RIGHT),
            b'|' if followed_by(b'|') => two(self, TOKEN_OR_OR),
            b'<' if followed_by(b'=') => two(self, TOKEN_LESS_OR_EQ),
            b'<' => Some(TOKEN_LESS),
            b'>' if followed_by(b'=') => two(self, TOKEN_MORE_OR_EQ),
            b'>' => Some(TOKEN_MORE),
            b'$' if followed_by(b'{') => {
                self.at += 1;
                self.context.push(Context::Interpolation { brackets: 0 });
                Some(TOKEN_INTERPOL_START)
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                if shape == Shape::Uri {
                    self.skip_while(|byte| is_ident_byte(byte) || is_uri_byte(byte));
                    Some(TOKEN_URI)
                } else {
                    self.skip_while(is_ident_byte);
                    Some(keyword(&self.bytes[start..self.at]))
                }
            }
            b'"' => {
                self.context.push(Context::StringBody { indented: false });
                Some(TOKEN_STRING_START)
            }
            b'\'' if followed_by(b'\'') => {
                self.at += 1;
                self.context.push(Context::StringBody { indented: true });
                Some(TOKEN_STRING_START)
            }
            b'0'..=b'9' => {
                self.skip_while(|byte| byte.is_ascii_digit());
                if first == b'0' && next != Some(b'.') {
                    Some(TOKEN_INTEGER)
                } else if self.peek() == Some(b'.') {
                    self.at += 1;
                    self.skip_while(|byte| byte.is_ascii_digit());
                    self.exponent()
                } else {
                    Some(TOKEN_INTEGER)
                }
            }
            _ => None,
        })
    }

    /// The rest of a float after its digits: an exponent, if any.
    fn exponent(&mut self) -> Option<SyntaxKind> {
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'-' | b'+')) {
                self.at += 1;
            }
            if self.skip_while(|byte| byte.is_ascii_digit()) == 0 {
                return None;
            }
        }
        Some(TOKEN_FLOAT)
    }

    /// Whether a path or a URI starts at the next byte, `first`, as rnix decides it:
    /// by the run of path characters (without `/`, or with `<` and `/` for a search
    /// path) and the two characters after it.
    fn shape(&self, first: u8) -> Shape {
        if first == b'/' {
            let rest = self.rest();
            if rest.starts_with(b"//") {
                return Shape::Other;
            }
            if rest.starts_with(b"/${") || rest.get(1).is_some_and(|&byte| is_path_byte(byte)) {
                return Shape::PathAbs;
            }
            return Shape::Other;
        }
        if first == b'~' && self.peek_at(1) == Some(b'/') {
            return Shape::PathHome;
        }
        if !is_path_byte(first) && first != b'<' {
            // The run is empty: what follows is this byte and the next. Only `>`
            // would make a search path, which nothing here reads.
            return Shape::Other;
        }
        let search = first == b'<';
        let rest = self.rest();
        let mut length = 0;
        let mut underscore = false;
        while let Some(&byte) = rest.get(length) {
            let in_run = match byte {
                b'<' | b'/' => search,
                _ => is_path_byte(byte),
            };
            if !in_run {
                break;
            }
            underscore |= byte == b'_';
            length += 1;
        }
        match (rest.get(length).copied(), rest.get(length + 1).copied()) {
            (Some(b'/'), Some(b'/' | b'*')) => Shape::Other,
            (Some(b'/'), Some(after)) if !is_space(after) && after.is_ascii() => Shape::PathRel,
            (Some(b'>'), _) => Shape::SearchPath,
            (Some(b':'), Some(after)) if is_uri_byte(after) && !underscore => Shape::Uri,
            _ => Shape::Other,
        }
    }

    /// A part of a path from `start`: its path characters, then either a `${` (the
    /// path goes on after it) or its end.
    fn path_part(&mut self, start: usize, kind: SyntaxKind) -> Option<SyntaxKind> {
        self.skip_while(is_path_byte);
        if self.rest().starts_with(b"${") {
            self.context.push(Context::InterpolationStart);
            return Some(kind);
        }
        let part = &self.bytes[start..self.at];
        if part.ends_with(b"/") || part.windows(2).any(|pair| pair == b"//") {
            return None;
        }
        self.context.pop();
        Some(kind)
    }

    /// The text of a string up to its end or its next interpolation.
    fn string_body(&mut self, indented: bool) -> Option<SyntaxKind> {
        loop {
            let rest = self.rest();
            let found = if indented {
                memchr::memchr2(b'\'', b'$', rest)
            } else {
                memchr::memchr3(b'"', b'\\', b'$', rest)
            };
            let Some(offset) = found else {
                // The file ends inside the string.
                return None;
            };
            self.at += offset;
            let at = self.at;
            match self.bytes[at] {
                b'"' => {
                    self.end_string(indented);
                    return Some(TOKEN_STRING_CONTENT);
                }
                b'\\' => {
                    if at + 1 >= self.bytes.len() {
                        return None;
                    }
                    // The escaped character, whole.
                    self.at += 1 + utf8_width(self.bytes[at + 1]);
                }
                b'\'' => match self.peek_at(1) {
                    None => return None,
                    Some(b'\'') => match self.peek_at(2) {
                        Some(b'\'' | b'$') => self.at += 3,
                        Some(b'\\') => {
                            if at + 3 >= self.bytes.len() {
                                return None;
                            }
                            self.at += 3 + utf8_width(self.bytes[at + 3]);
                        }
                        _ => {
                            self.end_string(indented);
                            return Some(TOKEN_STRING_CONTENT);
                        }
                    },
                    Some(_) => self.at += 1,
                },
                _ => match self.peek_at(1) {
                    Some(b'$') => self.at += 2,
                    Some(b'{') => {
                        self.context.push(Context::InterpolationStart);
                        return Some(TOKEN_STRING_CONTENT);
                    }
                    _ => self.at += 1,
                },
            }
        }
    }

    fn end_string(&mut self, indented: bool) {
        debug_assert_eq!(self.context.last(), Some(&Context::StringBody { indented }));
        self.context.pop();
        self.context.push(Context::StringEnd);
    }
}

/// The byte length of the character that starts with `byte`.
fn utf8_width(byte: u8) -> usize {
    match byte {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn keyword(word: &[u8]) -> SyntaxKind {
    match word {
        b"assert" => TOKEN_ASSERT,
        b"else" => TOKEN_ELSE,
        b"if" => TOKEN_IF,
        b"in" => TOKEN_IN,
        b"inherit" => TOKEN_INHERIT,
        b"let" => TOKEN_LET,
        b"or" => TOKEN_OR,
        b"rec" => TOKEN_REC,
        b"then" => TOKEN_THEN,
        b"with" => TOKEN_WITH,
        _ => TOKEN_IDENT,
    }
}

#[cfg(test)]
mod tests;
