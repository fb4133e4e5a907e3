//! Syntax errors as a person reads them: one error for one mistake, at the place a reader
//! would fix it, and every independent mistake in the file.
//!
//! rnix reports the token where it got stuck and then reads on, so one mistake often gives
//! several errors, the first of them somewhere after the mistake (a missing `;` shows up
//! as an unexpected `=` on the next binding, an unclosed `[` as an unexpected `;`, then
//! "unexpected end of file" for everything still open). Here the first error of a parse
//! is matched against the mistakes people make; a recognised one is reported where it is
//! fixed, the fix is applied to a copy of the text and the copy is parsed again, so the
//! errors rnix would have derived from it are never seen and the next independent
//! mistake is found. An error that matches no known mistake is reported as rnix gives it,
//! and what rnix says after it only when it is not "unexpected end of file" again.
//!
//! The mistakes: a missing `;` after a binding, a missing `,` between formal arguments
//! (`{ config pkgs, ... }:`), an unclosed `[`, `(`, `{`, `${`, `"`, `''` or `/*`, an extra
//! `}`, `]` or `)`, a binding without a value (`name = ;`) and `:` written for `=` in a
//! binding.

use rnix::{ParseError, SyntaxKind};

use super::{place_error, SyntaxError};

/// How many mistakes are fixed and the text parsed again, at most; beyond that the errors
/// of the last parse are reported as they are.
const MAX_REPAIRS: usize = 20;

/// How many bytes all the parses after repairs may read together, at most (a multiple of
/// the file keeps a big file with many mistakes linear).
const REPARSE_BUDGET: usize = 8 << 20;

/// The errors of `text`, whose rnix parse found `first_errors`, and, when every repair
/// kept the text's length (a `;` written over the space after a value, say), the
/// repaired text's tree: lowering that instead of rnix's recovery spares the errors that
/// would only restate a mistake, and every offset in it is still one of `text`.
pub(super) fn find(
    text: &str,
    first_errors: &[ParseError],
) -> (Vec<SyntaxError>, Option<rnix::Parse<rnix::Root>>) {
    let mut same_length = true;
    let mut last_parse = None;
    let mut found = Vec::new();
    let mut current = text.to_owned();
    let mut errors = first_errors.to_vec();
    // Repairs made so far, in the current text's offsets: (offset, bytes added or, when
    // negative, removed). Each comes after the ones before it.
    let mut edits: Vec<(u32, i64)> = Vec::new();
    let mut last_repair: Option<u32> = None;
    let mut budget = REPARSE_BUDGET.saturating_sub(text.len());
    let to_original = |edits: &[(u32, i64)], offset: u32| -> u32 {
        let shift: i64 = edits
            .iter()
            .filter(|(at, _)| *at <= offset)
            .map(|(_, delta)| *delta)
            .sum();
        (i64::from(offset) - shift).clamp(0, text.len() as i64) as u32
    };
    let map_back = |edits: &[(u32, i64)], mut error: SyntaxError| {
        error.start = to_original(edits, error.start);
        error.end = to_original(edits, error.end).max(error.start);
        // A repair may have moved the error into a character of the original text.
        while !text.is_char_boundary(error.start as usize) {
            error.start -= 1;
        }
        while !text.is_char_boundary(error.end as usize) {
            error.end += 1;
        }
        error
    };
    for round in 0..=MAX_REPAIRS {
        let end = current.len() as u32;
        let placed: Vec<SyntaxError> = errors
            .iter()
            .map(|error| place_error(error, &current, end))
            .collect();
        let Some(first) = (0..placed.len()).min_by_key(|&i| (placed[i].start, i)) else {
            break;
        };
        // A repair must move on: the next mistake lies after the last one fixed.
        let progressed = last_repair.is_none_or(|at| placed[first].start >= at);
        let mistake = progressed
            .then(|| {
                // Lines are counted in the text as written (a repair may have put a `;` over a
                // newline).
                let line =
                    |offset: usize| line_of(text, to_original(&edits, offset as u32) as usize);
                diagnose(&current, &errors[first], &placed[first], &line)
            })
            .flatten();
        match mistake {
            Some(Mistake {
                error,
                repair: Some(repair),
            }) if round < MAX_REPAIRS && budget >= current.len() => {
                found.push(map_back(&edits, error));
                let (at, delta) = repair.apply(&mut current);
                last_repair = Some(at);
                if delta != 0 {
                    same_length = false;
                    edits.push((at, delta));
                }
                budget -= current.len();
                let parsed = rnix::Root::parse(&current);
                errors = parsed.errors().to_vec();
                last_parse = Some(parsed);
            }
            Some(Mistake { error, .. }) => {
                found.push(map_back(&edits, error));
                break;
            }
            None => {
                // Not a mistake we know: rnix's errors, without the "unexpected end of
                // file" that only restate an earlier one.
                let first_at_end = placed[first].start == end;
                let mut rest: Vec<SyntaxError> = placed
                    .into_iter()
                    .filter(|error| first_at_end || error.start < end)
                    .collect();
                rest.sort_by_key(|error| error.start);
                rest.dedup_by(|a, b| a.start == b.start && a.message == b.message);
                found.extend(rest.into_iter().map(|error| map_back(&edits, error)));
                break;
            }
        }
    }
    (found, last_parse.filter(|_| same_length))
}

/// A recognised mistake: the error to report, in the current text's offsets, and the
/// edit that fixes it, when one can be guessed.
struct Mistake {
    error: SyntaxError,
    repair: Option<Repair>,
}

/// An edit of the text: `remove` bytes at `at` replaced by `insert`.
struct Repair {
    at: usize,
    remove: usize,
    insert: String,
}

impl Repair {
    /// `insert` at `at`, written over the space there if there is one, so that the text
    /// keeps its length.
    fn insert(text: &str, at: usize, insert: &str) -> Repair {
        let over_space = text[at..]
            .bytes()
            .take(insert.len())
            .take_while(|byte| byte.is_ascii_whitespace())
            .count()
            == insert.len();
        Repair {
            at,
            remove: if over_space { insert.len() } else { 0 },
            insert: insert.to_owned(),
        }
    }

    /// Applies the edit; returns where, and how many bytes the text grew by.
    fn apply(&self, text: &mut String) -> (u32, i64) {
        text.replace_range(self.at..self.at + self.remove, &self.insert);
        (
            self.at as u32,
            self.insert.len() as i64 - self.remove as i64,
        )
    }
}

/// One token of the text with its byte offset.
#[derive(Clone, Copy)]
struct Token<'a> {
    kind: SyntaxKind,
    text: &'a str,
    start: usize,
}

impl Token<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// An opened bracket or string, still waiting for its closer.
#[derive(Clone, Copy)]
struct Open {
    /// The index of its opening token.
    token: usize,
    /// The indentation of the line it is on.
    indent: usize,
}

/// What mistake, if any, explains `error` (placed as `placed`).
fn diagnose(
    text: &str,
    error: &ParseError,
    placed: &SyntaxError,
    line_of: &dyn Fn(usize) -> usize,
) -> Option<Mistake> {
    let tokens = tokenize(text);
    let at = placed.start as usize;
    // The first token at or after the error, and the last code token before it.
    let next = tokens.partition_point(|token| token.start < at);
    let previous = tokens[..next]
        .iter()
        .rposition(|token| !is_trivia(token.kind));
    let (open, mismatches) = scan_brackets(text, &tokens[..next]);
    let got = match error {
        ParseError::UnexpectedWanted(got, _, _) => Some(*got),
        ParseError::Unexpected(_) | ParseError::UnexpectedExtra(_) => tokens
            .get(next..)
            .and_then(|rest| rest.iter().find(|token| !is_trivia(token.kind)))
            .map(|token| token.kind),
        _ => None,
    };
    let wanted: &[SyntaxKind] = match error {
        ParseError::UnexpectedWanted(_, _, wanted) | ParseError::UnexpectedEOFWanted(wanted) => {
            wanted
        }
        _ => &[],
    };
    let at_end = at >= text.len();

    // An unclosed string runs to the end of the file: say so at its start.
    if let Some(unterminated) = tokens
        .iter()
        .rposition(|t| t.kind == SyntaxKind::TOKEN_ERROR && t.end() == text.len())
    {
        let string = tokens[..unterminated]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind,
                    SyntaxKind::TOKEN_STRING_START | SyntaxKind::TOKEN_STRING_END
                )
            })
            .map(|index| tokens[index])
            .filter(|t| t.kind == SyntaxKind::TOKEN_STRING_START && t.start <= at);
        if let Some(string) = string {
            return Some(unclosed_string(string));
        }
    }
    if let Some(innermost) = open.last() {
        let opener = tokens[innermost.token];
        if opener.kind == SyntaxKind::TOKEN_STRING_START && at_end {
            return Some(unclosed_string(opener));
        }
    }

    // A `/*` comment that never ends.
    if let Some(comment) = tokens.iter().find(|t| {
        t.kind == SyntaxKind::TOKEN_ERROR && t.text.starts_with("/*") && t.end() == text.len()
    }) {
        if comment.start <= at {
            return Some(Mistake {
                error: SyntaxError {
                    start: comment.start as u32,
                    end: comment.start as u32 + 2,
                    message: "syntax error, unclosed comment: the file ends before its closing */"
                        .to_owned(),
                },
                repair: None,
            });
        }
    }

    // `name = ;`: a binding without its value.
    if got == Some(SyntaxKind::TOKEN_SEMICOLON)
        && previous.is_some_and(|index| tokens[index].kind == SyntaxKind::TOKEN_ASSIGN)
    {
        let semicolon = tokens[next..]
            .iter()
            .find(|t| t.kind == SyntaxKind::TOKEN_SEMICOLON)?;
        return Some(Mistake {
            error: SyntaxError {
                start: semicolon.start as u32,
                end: semicolon.end() as u32,
                message: "syntax error, unexpected ';', expecting a value after '='".to_owned(),
            },
            repair: Some(Repair {
                at: semicolon.start,
                remove: 0,
                insert: "null".to_owned(),
            }),
        });
    }

    // `name: value;` in a binding, where `=` was meant.
    if got == Some(SyntaxKind::TOKEN_COLON) && wanted == [SyntaxKind::TOKEN_ASSIGN] {
        let colon = tokens[next..]
            .iter()
            .find(|t| t.kind == SyntaxKind::TOKEN_COLON)?;
        return Some(Mistake {
            error: SyntaxError {
                start: colon.start as u32,
                end: colon.end() as u32,
                message: "syntax error, unexpected ':', expecting '=': a binding is written `name = value;`"
                    .to_owned(),
            },
            repair: Some(Repair {
                at: colon.start,
                remove: 1,
                insert: "=".to_owned(),
            }),
        });
    }

    // A missing `,` between formal arguments: `{ config pkgs, ... }:`.
    if matches!(
        got,
        Some(SyntaxKind::TOKEN_IDENT) | Some(SyntaxKind::TOKEN_ELLIPSIS)
    ) && wanted == [SyntaxKind::TOKEN_ASSIGN]
    {
        let previous = tokens[previous?];
        let brace = open.last()?;
        if previous.kind == SyntaxKind::TOKEN_IDENT
            && tokens[brace.token].kind == SyntaxKind::TOKEN_L_BRACE
            && is_formal_set(&tokens, brace.token)
        {
            return Some(Mistake {
                error: SyntaxError {
                    start: previous.end() as u32,
                    end: previous.end() as u32,
                    message: format!(
                        "syntax error, missing ',' after the function argument `{}`",
                        previous.text
                    ),
                },
                repair: Some(Repair::insert(text, previous.end(), ",")),
            });
        }
    }

    // A missing `;`: the next binding's name was read as an argument of this value, and
    // its `=` is where rnix stopped.
    if got == Some(SyntaxKind::TOKEN_ASSIGN) {
        let assign = next + tokens[next..].iter().position(|t| !is_trivia(t.kind))?;
        let name_start = attrpath_start(&tokens, assign)?;
        // After `inherit a b`, rnix reads the next name as one more inherited one.
        let statement = tokens[..name_start]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind,
                    SyntaxKind::TOKEN_SEMICOLON | SyntaxKind::TOKEN_L_BRACE | SyntaxKind::TOKEN_LET
                )
            })
            .unwrap_or(0);
        let in_inherit = tokens[statement..name_start]
            .iter()
            .any(|t| t.kind == SyntaxKind::TOKEN_INHERIT);
        if wanted != [SyntaxKind::TOKEN_SEMICOLON] && !in_inherit {
            return None;
        }
        let before = tokens[..name_start]
            .iter()
            .rposition(|token| !is_trivia(token.kind))?;
        let value_end = tokens[before];
        if !matches!(
            value_end.kind,
            SyntaxKind::TOKEN_ASSIGN
                | SyntaxKind::TOKEN_SEMICOLON
                | SyntaxKind::TOKEN_L_BRACE
                | SyntaxKind::TOKEN_IN
                | SyntaxKind::TOKEN_LET
        ) {
            return Some(Mistake {
                error: SyntaxError {
                    start: value_end.end() as u32,
                    end: value_end.end() as u32,
                    message: "syntax error, missing ';' after this binding".to_owned(),
                },
                repair: Some(Repair::insert(text, value_end.end(), ";")),
            });
        }
    }

    // An extra closer: it closed a bracket opened on a line indented differently, and
    // what follows has nothing left to belong to.
    if open.is_empty() && !at_end {
        let last = mismatches.last().filter(|mismatch| mismatch.depth == 0);
        if let Some(mismatch) = last {
            let closer = tokens[mismatch.closer];
            let opener = tokens[mismatch.opener];
            // The `;` that usually follows the extra closer goes with it.
            let after = tokens
                .iter()
                .skip_while(|t| t.start <= closer.start)
                .find(|t| !is_trivia(t.kind));
            let remove = match after {
                Some(t) if t.kind == SyntaxKind::TOKEN_SEMICOLON => t.end() - closer.start,
                _ => closer.text.len(),
            };
            return Some(Mistake {
                error: SyntaxError {
                    start: closer.start as u32,
                    end: closer.end() as u32,
                    message: format!(
                        "syntax error, extra '{}': it closes the '{}' of line {}, which the rest of the file is still inside",
                        closer.text,
                        opener.text,
                        line_of(opener.start)
                    ),
                },
                repair: Some(Repair {
                    at: closer.start,
                    remove,
                    insert: " ".repeat(remove),
                }),
            });
        }
    }

    // An unclosed bracket: the file ends inside it, or a token only its outside can hold
    // comes first (a `;` inside `[ ]`, a `}` inside `( )`).
    let innermost = *open.last()?;
    let opener = tokens[innermost.token];
    let closer = closer_of(opener.kind)?;
    if at_end {
        // A bracket opened inside the innermost open one, whose closer is indented like
        // an outer line, is most often the one a reader left open; else the innermost.
        let culprit = mismatches
            .iter()
            .rev()
            .find(|mismatch| mismatch.opener > innermost.token)
            .map_or(innermost.token, |mismatch| mismatch.opener);
        let opener = tokens[culprit];
        let closer = closer_of(opener.kind)?;
        return Some(Mistake {
            error: SyntaxError {
                start: opener.start as u32,
                end: opener.end() as u32,
                message: format!(
                    "syntax error, unclosed '{}': the file ends before its '{}'",
                    opener.text, closer
                ),
            },
            repair: None,
        });
    }
    let outside_only = match opener.kind {
        SyntaxKind::TOKEN_L_BRACK | SyntaxKind::TOKEN_L_PAREN => matches!(
            got,
            Some(SyntaxKind::TOKEN_SEMICOLON)
                | Some(SyntaxKind::TOKEN_ASSIGN)
                | Some(SyntaxKind::TOKEN_R_BRACE)
                | Some(SyntaxKind::TOKEN_IN)
        ),
        SyntaxKind::TOKEN_L_BRACE | SyntaxKind::TOKEN_INTERPOL_START => matches!(
            got,
            Some(SyntaxKind::TOKEN_R_BRACK) | Some(SyntaxKind::TOKEN_R_PAREN)
        ),
        _ => false,
    } && got != Some(closer_kind(opener.kind)?);
    if outside_only {
        let previous = tokens[previous?];
        return Some(Mistake {
            error: SyntaxError {
                start: previous.end() as u32,
                end: previous.end() as u32,
                message: format!(
                    "syntax error, missing '{closer}' to close the '{}' of line {}",
                    opener.text,
                    line_of(opener.start)
                ),
            },
            repair: Some(Repair::insert(text, previous.end(), closer)),
        });
    }
    None
}

/// The error for a string that runs to the end of the file. Everything after its start is
/// inside it, so no repair is guessed.
fn unclosed_string(opener: Token) -> Mistake {
    let indented = opener.text == "''";
    let message = if indented {
        "syntax error, unclosed indented string: the file ends before its closing ''".to_owned()
    } else {
        "syntax error, unclosed string: the file ends before its closing '\"'".to_owned()
    };
    Mistake {
        error: SyntaxError {
            start: opener.start as u32,
            end: opener.end() as u32,
            message,
        },
        repair: None,
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut offset = 0;
    rnix::tokenize(text)
        .map(|(kind, token_text)| {
            let token = Token {
                kind,
                text: token_text,
                start: offset,
            };
            offset += token_text.len();
            token
        })
        .collect()
}

fn is_trivia(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        SyntaxKind::TOKEN_WHITESPACE | SyntaxKind::TOKEN_COMMENT
    )
}

fn closer_of(kind: SyntaxKind) -> Option<&'static str> {
    Some(match kind {
        SyntaxKind::TOKEN_L_BRACE | SyntaxKind::TOKEN_INTERPOL_START => "}",
        SyntaxKind::TOKEN_L_BRACK => "]",
        SyntaxKind::TOKEN_L_PAREN => ")",
        _ => return None,
    })
}

fn closer_kind(kind: SyntaxKind) -> Option<SyntaxKind> {
    Some(match kind {
        SyntaxKind::TOKEN_L_BRACE => SyntaxKind::TOKEN_R_BRACE,
        SyntaxKind::TOKEN_INTERPOL_START => SyntaxKind::TOKEN_INTERPOL_END,
        SyntaxKind::TOKEN_L_BRACK => SyntaxKind::TOKEN_R_BRACK,
        SyntaxKind::TOKEN_L_PAREN => SyntaxKind::TOKEN_R_PAREN,
        _ => return None,
    })
}

/// A closer on a line of its own, indented differently from the line of the opener it
/// closed: often not the closer its author meant.
#[derive(Clone, Copy)]
struct Mismatch {
    closer: usize,
    opener: usize,
    /// How many brackets were still open after it.
    depth: usize,
}

/// The brackets and strings still open after `tokens`, and every [`Mismatch`] among them.
fn scan_brackets(text: &str, tokens: &[Token]) -> (Vec<Open>, Vec<Mismatch>) {
    let mut open: Vec<Open> = Vec::new();
    let mut mismatches = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        match token.kind {
            SyntaxKind::TOKEN_L_BRACE
            | SyntaxKind::TOKEN_L_BRACK
            | SyntaxKind::TOKEN_L_PAREN
            | SyntaxKind::TOKEN_INTERPOL_START
            | SyntaxKind::TOKEN_STRING_START => open.push(Open {
                token: index,
                indent: indent_of(text, token.start),
            }),
            SyntaxKind::TOKEN_R_BRACE
            | SyntaxKind::TOKEN_R_BRACK
            | SyntaxKind::TOKEN_R_PAREN
            | SyntaxKind::TOKEN_INTERPOL_END
            | SyntaxKind::TOKEN_STRING_END => {
                if let Some(opener) = open.pop() {
                    let starts_line = text[..token.start]
                        .rsplit('\n')
                        .next()
                        .is_some_and(|before| before.trim().is_empty());
                    let same_line = !text[tokens[opener.token].start..token.start].contains('\n');
                    if starts_line && !same_line && indent_of(text, token.start) != opener.indent {
                        mismatches.push(Mismatch {
                            closer: index,
                            opener: opener.token,
                            depth: open.len(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    (open, mismatches)
}

/// Whether the `{` at `brace` opens a function's formal arguments: its `}` is followed by
/// `:` or `@`, or an `@` comes before it.
fn is_formal_set(tokens: &[Token], brace: usize) -> bool {
    let code = |t: &&Token| !is_trivia(t.kind);
    if tokens[..brace]
        .iter()
        .rev()
        .find(code)
        .is_some_and(|t| t.kind == SyntaxKind::TOKEN_AT)
    {
        return true;
    }
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate().skip(brace) {
        match token.kind {
            SyntaxKind::TOKEN_L_BRACE | SyntaxKind::TOKEN_INTERPOL_START => depth += 1,
            SyntaxKind::TOKEN_R_BRACE | SyntaxKind::TOKEN_INTERPOL_END => {
                depth -= 1;
                if depth == 0 {
                    return tokens[index + 1..].iter().find(code).is_some_and(|t| {
                        matches!(t.kind, SyntaxKind::TOKEN_COLON | SyntaxKind::TOKEN_AT)
                    });
                }
            }
            _ => {}
        }
    }
    false
}

/// Where the attribute path that ends just before the token at `assign` starts: names,
/// strings and interpolations joined by dots.
fn attrpath_start(tokens: &[Token], assign: usize) -> Option<usize> {
    let mut index = assign;
    let mut start = None;
    loop {
        // Skip trivia backwards.
        let Some(last) = tokens[..index].iter().rposition(|t| !is_trivia(t.kind)) else {
            return start;
        };
        let element_start = match tokens[last].kind {
            SyntaxKind::TOKEN_IDENT | SyntaxKind::TOKEN_OR => last,
            SyntaxKind::TOKEN_STRING_END => tokens[..last]
                .iter()
                .rposition(|t| t.kind == SyntaxKind::TOKEN_STRING_START)?,
            SyntaxKind::TOKEN_INTERPOL_END => {
                let mut depth = 0usize;
                let mut found = None;
                for position in (0..=last).rev() {
                    match tokens[position].kind {
                        SyntaxKind::TOKEN_INTERPOL_END | SyntaxKind::TOKEN_R_BRACE => depth += 1,
                        SyntaxKind::TOKEN_INTERPOL_START | SyntaxKind::TOKEN_L_BRACE => {
                            depth -= 1;
                            if depth == 0 {
                                found = Some(position);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                found?
            }
            _ => return start,
        };
        start = Some(element_start);
        // A dot before it continues the path.
        match tokens[..element_start]
            .iter()
            .rposition(|t| !is_trivia(t.kind))
        {
            Some(dot) if tokens[dot].kind == SyntaxKind::TOKEN_DOT => index = dot,
            _ => return start,
        }
    }
}

/// The indentation (leading spaces and tabs) of the line holding `offset`.
fn indent_of(text: &str, offset: usize) -> usize {
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    text[line_start..]
        .bytes()
        .take_while(|byte| *byte == b' ' || *byte == b'\t')
        .count()
}

/// The 1-based line of `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].bytes().filter(|byte| *byte == b'\n').count() + 1
}
