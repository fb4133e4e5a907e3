//! ① Parsing: a thin wrapper over rnix. Parsing never fails; it returns a tree and the
//! syntax errors found, each with a range (rnix leaves some without one: we place them).

use rnix::{ParseError, SyntaxKind};

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

/// Parses `text`. Never panics and never fails.
pub fn parse(text: &str) -> Parse {
    if let Some(offset) = nesting_exceeds(text, MAX_NESTING) {
        let parsed = rnix::Root::parse("");
        return Parse {
            root: parsed.tree(),
            errors: vec![SyntaxError {
                start: offset as u32,
                end: offset as u32 + 1,
                message: format!(
                    "expression nested too deeply: more than {MAX_NESTING} levels of brackets"
                ),
            }],
        };
    }
    let parsed = rnix::Root::parse(text);
    let end = text.len() as u32;
    let errors = parsed
        .errors()
        .iter()
        .map(|error| place_error(error, text, end))
        .collect();
    Parse {
        root: parsed.tree(),
        errors,
    }
}

/// The offset where bracket nesting (outside strings and comments) first exceeds `limit`.
fn nesting_exceeds(text: &str, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'#' => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    index += 1;
                }
            }
            b'/' if bytes.get(index + 1) == Some(&b'*') => {
                index += 2;
                while index + 1 < bytes.len() && !(bytes[index] == b'*' && bytes[index + 1] == b'/')
                {
                    index += 1;
                }
                index += 1;
            }
            b'"' => {
                index += 1;
                while index < bytes.len() && bytes[index] != b'"' {
                    if bytes[index] == b'\\' {
                        index += 1;
                    }
                    index += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(index);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        index += 1;
    }
    None
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
