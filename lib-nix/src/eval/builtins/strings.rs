//! Builtins on strings: slicing, joining, replacing, regular expressions, versions.

use std::rc::Rc;
use std::sync::Arc;

use super::compiled::Compiled;
use super::*;

/// `builtins.compareVersions`.
pub(super) fn compare_versions(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let (x, y) = (string(ev, args, 0, span)?, string(ev, args, 1, span)?);
    Ok(Value::Int(crate::version::compare_versions(&x, &y) as i64))
}

/// `builtins.splitVersion`.
pub(super) fn split_version(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = string(ev, args, 0, span)?;
    Ok(list_of(
        crate::version::split_version(&v)
            .into_iter()
            .map(Value::string)
            .collect(),
    ))
}

/// `builtins.concatStringsSep`.
pub(super) fn concat_strings_sep(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    // The separator's context counts even when it is never written, as in Nix.
    let mut context = Context::new();
    let sep = string_in(ev, args, 0, span, &mut context)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(items.len(), span)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            ev.charge_bytes(sep.len(), span)?;
        }
        out.push_str(&coerce_in(ev, item, span, false, &mut context)?);
    }
    Ok(ev.string_with_context(&out, context))
}

/// `builtins.parseDrvName`.
pub(super) fn parse_drv_name(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    let (name, version) = split_drv_name(&text);
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("name", Thunk::ready(Value::string(&name))),
        AttrEntry::new("version", Thunk::ready(Value::string(&version))),
    ]))))
}

/// `builtins.stringLength`.
pub(super) fn string_length(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = read_text(ev, &args[0], span, &mut Context::new())?;
    Ok(Value::Int(text.len() as i64))
}

/// `builtins.substring`.
pub(super) fn substring(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let start = int(ev, args, 0, span)?;
    let len = int(ev, args, 1, span)?;
    let mut context = Context::new();
    // Nothing of the text is read for an empty slice (lib's `addContextFrom`).
    let text = if len == 0 {
        coerce_in(ev, &args[2], span, false, &mut context)?
    } else {
        read_text(ev, &args[2], span, &mut context)?
    };
    if start < 0 {
        return Err(EvalError::message(
            "negative start position in 'substring'",
            Some(span),
        ));
    }
    let bytes = text.as_bytes();
    let start = (start as usize).min(bytes.len());
    let end = if len < 0 {
        bytes.len()
    } else {
        start.saturating_add(len as usize).min(bytes.len())
    };
    let part = String::from_utf8_lossy(&bytes[start..end]);
    Ok(ev.string_with_context(&part, context))
}

/// `builtins.toString`.
pub(super) fn to_string(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    let text = coerce_in(ev, &args[0], span, true, &mut context)?;
    Ok(ev.string_with_context(&text, context))
}

/// The text of a value whose characters a builtin reads (its length, a slice, what a
/// regular expression finds in it), coerced as `substring` coerces it. A value ncc
/// stands in for has none ncc knows: `pkgs.kubernetes.version` is a version string in
/// nixpkgs, not the fake store path its stand-in coerces to, so `lib.hasPrefix "1.33"`
/// of it is unknown, never a known `false`.
fn read_text(
    ev: &mut Evaluator,
    thunk: &Thunk,
    span: Span,
    context: &mut Context,
) -> EvalResult<String> {
    let value = ev.force(thunk, Some(span))?;
    if let Some(what) = value.opaque() {
        return Err(EvalError::unknown(
            format!("the text of `{what}'"),
            Some(span),
        ));
    }
    ev.coerce_to_string_in(&value, span, false, context)
}

fn split_drv_name(text: &str) -> (String, String) {
    let bytes = text.as_bytes();
    for index in 0..bytes.len() {
        if bytes[index] == b'-'
            && bytes
                .get(index + 1)
                .is_some_and(|c| !c.is_ascii_alphabetic())
        {
            return (text[..index].to_owned(), text[index + 1..].to_owned());
        }
    }
    (text.to_owned(), String::new())
}

fn compile_regex(pattern: &str, anchored: bool, span: Span) -> EvalResult<regex::bytes::Regex> {
    let invalid = || {
        EvalError::message(
            format!("invalid regular expression '{pattern}'"),
            Some(span),
        )
    };
    let translated = posix_to_rust(pattern).ok_or_else(invalid)?;
    let source = if anchored {
        format!("^(?:{translated})$")
    } else {
        translated
    };
    regex::bytes::RegexBuilder::new(&source)
        .unicode(false)
        .build()
        .map_err(|_| invalid())
}

/// The syntax [`posix_to_rust`] writes for: bytes, as Nix matches them.
fn byte_syntax() -> regex_automata::util::syntax::Config {
    regex_automata::util::syntax::Config::new()
        .unicode(false)
        .utf8(false)
}

/// What a regular expression matched or captured of a string: the bytes between two
/// places a byte matcher found, which may fall inside a character (`.` matches one byte
/// of `ö`); such a cut is shown with U+FFFD, where Nix keeps the byte.
fn cut(text: &[u8]) -> Value {
    Value::string(&String::from_utf8_lossy(text))
}

/// A POSIX extended regular expression, as Nix compiles it, in the syntax of the `regex`
/// crate with Unicode off, matching bytes as Nix does: a character beyond ASCII is
/// written as its bytes (`\xC3\xB6` for `ö`), so that `ö+` repeats its last byte and
/// `[ö]` is a class of two bytes. `(?` is no group syntax of POSIX but an error, and a `?` after a repetition
/// makes it optional, not lazy (`a+?` is `(a+)?`, which is `a*`). `.` matches a newline
/// too, and a backslash may only escape a character that opens something special
/// (`\.`, `\$`, `\[` but not `\]`): Nix's matcher (libstdc++'s, built strictly) rejects
/// `\d`, `\s`, `\w`, `\/` or `\}` as invalid.
pub(crate) fn posix_to_rust(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 4);
    out.push_str("(?s)");
    let mut chars = pattern.chars().peekable();
    let mut in_bracket = false;
    let mut bracket_start = false;
    while let Some(c) = chars.next() {
        if in_bracket {
            // What the `regex` crate reads as nested classes or set operations is
            // literal in POSIX.
            let class_name = c == '[' && matches!(chars.peek(), Some(':' | '.' | '='));
            let doubled = c == '-' && chars.peek() == Some(&'-');
            if (matches!(c, '[' | '&' | '~') && !class_name) || doubled {
                out.push('\\');
            }
            if !c.is_ascii() {
                push_bytes(&mut out, c);
                bracket_start = false;
                continue;
            }
            out.push(c);
            match c {
                '[' if matches!(chars.peek(), Some(':' | '.' | '=')) => {
                    // A class name such as `[:alpha:]` inside a bracket expression.
                    let close = *chars.peek()?;
                    out.push(chars.next()?);
                    loop {
                        let inner = chars.next()?;
                        out.push(inner);
                        if inner == close && chars.peek() == Some(&']') {
                            out.push(chars.next()?);
                            break;
                        }
                    }
                }
                '^' if bracket_start => {
                    bracket_start = true;
                    continue;
                }
                ']' if !bracket_start => in_bracket = false,
                '\\' => out.push('\\'),
                _ => {}
            }
            bracket_start = false;
            continue;
        }
        match c {
            '\\' => {
                let escaped = chars.next()?;
                if !"^$\\.*+?()[{|".contains(escaped) {
                    return None;
                }
                out.push(c);
                out.push(escaped);
            }
            '[' => {
                out.push(c);
                in_bracket = true;
                bracket_start = true;
            }
            '(' if chars.peek() == Some(&'?') => return None,
            '*' | '+' | '?' if chars.peek() == Some(&'?') => {
                chars.next();
                out.push(if c == '?' { '?' } else { '*' });
            }
            other if !other.is_ascii() => push_bytes(&mut out, other),
            other => out.push(other),
        }
    }
    Some(out)
}

/// `c`'s UTF-8 bytes as escapes, each matching that one byte.
fn push_bytes(out: &mut String, c: char) {
    let mut buffer = [0; 4];
    for byte in c.encode_utf8(&mut buffer).bytes() {
        out.push_str(&format!("\\x{byte:02X}"));
    }
}

pub(super) fn match_regex(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let pattern = string(ev, args, 0, span)?;
    let text = read_text(ev, &args[1], span, &mut Context::new())?;
    ev.charge_bytes(text.len(), span)?;
    // Shared, not cloned: a clone of a `Regex` starts with no search caches of its own.
    static MATCHERS: Compiled<Arc<regex::bytes::Regex>> = Compiled::new();
    let regex = MATCHERS.get(&pattern, || {
        compile_regex(&pattern, true, span).map(Arc::new)
    })?;
    match regex.captures(text.as_bytes()) {
        None => Ok(Value::Null),
        Some(captures) => Ok(list_of(
            captures
                .iter()
                .skip(1)
                .map(|group| match group {
                    Some(m) => cut(m.as_bytes()),
                    None => Value::Null,
                })
                .collect(),
        )),
    }
}

/// What `builtins.split` compiles of a pattern: the pattern, its longest match at a
/// place, and the pattern anchored at the end of a cut text.
struct Splitter {
    regex: regex::bytes::Regex,
    longest: regex_automata::hybrid::dfa::DFA,
    bounded: regex_automata::meta::Regex,
}

/// `builtins.split`: the text between the matches and each match's groups, as Nix's
/// POSIX matcher finds them: each match the longest at the leftmost place it can start,
/// and an empty match allowed right after a longer one.
pub(super) fn split(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    use regex_automata::{hybrid::dfa::DFA, Anchored, Input, MatchKind};
    let pattern = string(ev, args, 0, span)?;
    let text = read_text(ev, &args[1], span, &mut Context::new())?;
    ev.charge_bytes(text.len(), span)?;
    let invalid = || {
        EvalError::message(
            format!("invalid regular expression '{pattern}'"),
            Some(span),
        )
    };
    static SPLITTERS: Compiled<Arc<Splitter>> = Compiled::new();
    let splitter = SPLITTERS.get(&pattern, || {
        let translated = posix_to_rust(&pattern).ok_or_else(invalid)?;
        Ok::<_, Box<EvalError>>(Arc::new(Splitter {
            regex: compile_regex(&pattern, false, span)?,
            longest: DFA::builder()
                .syntax(byte_syntax())
                .configure(DFA::config().match_kind(MatchKind::All))
                .build(&translated)
                .map_err(|_| invalid())?,
            // The groups of a match whose bounds are known: anchored at its start, and at
            // its end by cutting the text there.
            bounded: regex_automata::meta::Regex::builder()
                .syntax(byte_syntax())
                .build(&format!("(?:{translated})\\z"))
                .map_err(|_| invalid())?,
        }))
    })?;
    let Splitter {
        regex,
        longest,
        bounded,
    } = &*splitter;
    let mut cache = longest.create_cache();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut last, mut position, mut after_empty) = (0, 0, false);
    loop {
        if after_empty {
            // No longer match starts here (it would have been taken): look on from the
            // next byte.
            if position >= bytes.len() {
                break;
            }
            position += 1;
        }
        let Some(found) = regex.find_at(bytes, position) else {
            break;
        };
        let start = found.start();
        let input = Input::new(bytes).range(start..).anchored(Anchored::Yes);
        let end = match longest.try_search_fwd(&mut cache, &input) {
            Ok(Some(half)) => half.offset().max(found.end()),
            _ => found.end(),
        };
        ev.charge_items(1, span)?;
        out.push(cut(&bytes[last..start]));
        let mut groups = bounded.create_captures();
        let bounded_input = Input::new(&bytes[..end])
            .range(start..end)
            .anchored(Anchored::Yes);
        bounded.search_captures(&bounded_input, &mut groups);
        let values: Vec<Value> = if groups.is_match() {
            (1..groups.group_len())
                .map(|index| match groups.get_group(index) {
                    Some(group) => cut(&bytes[group.range()]),
                    None => Value::Null,
                })
                .collect()
        } else {
            let captures = regex.captures_at(bytes, start).ok_or_else(invalid)?;
            captures
                .iter()
                .skip(1)
                .map(|group| match group {
                    Some(m) => cut(m.as_bytes()),
                    None => Value::Null,
                })
                .collect()
        };
        out.push(list_of(values));
        last = end;
        position = end;
        after_empty = start == end;
    }
    out.push(cut(&bytes[last..]));
    Ok(list_of(out))
}

pub(super) fn replace_strings(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let from_items = list(ev, args, 0, span)?;
    let to_items = list(ev, args, 1, span)?;
    if from_items.len() != to_items.len() {
        return Err(EvalError::message(
            "'from' and 'to' arguments to 'replaceStrings' have different lengths",
            Some(span),
        ));
    }
    let mut from = Vec::new();
    for item in from_items.iter() {
        let v = ev.force(item, Some(span))?;
        from.push(expect_string(ev, v, span)?);
    }
    let mut to_cache: Vec<Option<String>> = vec![None; to_items.len()];
    // The text's context, and each replacement's once it is used.
    let mut context = Context::new();
    let text = coerce_in(ev, &args[2], span, false, &mut context)?;
    ev.charge_bytes(text.len().saturating_mul(from.len()), span)?;
    let mut out = String::new();
    let mut position = 0;
    let bytes = text.as_bytes();
    // Where no pattern can start, the text is copied up to where one can: lib's
    // `escapeRegex` and `escape` try a dozen patterns at every position of a text that
    // holds none of them. (An empty pattern matches everywhere; a pattern never starts
    // inside a character, as none starts with a continuation byte.)
    let anywhere = from.iter().any(|pattern| pattern.is_empty());
    let mut starts = [false; 256];
    for pattern in &from {
        if let Some(&first) = pattern.as_bytes().first() {
            starts[usize::from(first)] = true;
        }
    }
    while position <= bytes.len() {
        if !anywhere {
            let run = bytes[position..]
                .iter()
                .position(|&byte| starts[usize::from(byte)])
                .unwrap_or(bytes.len() - position);
            out.push_str(&text[position..position + run]);
            position += run;
            if position == bytes.len() {
                break;
            }
        }
        let mut matched = false;
        for (index, pattern) in from.iter().enumerate() {
            if bytes[position..].starts_with(pattern.as_bytes()) {
                if to_cache[index].is_none() {
                    let v = ev.force(&to_items[index], Some(span))?;
                    to_cache[index] =
                        Some(ev.coerce_to_string_in(&v, span, false, &mut context)?);
                }
                let replacement = to_cache[index].as_deref().unwrap_or("");
                ev.charge_bytes(replacement.len(), span)?;
                out.push_str(replacement);
                if pattern.is_empty() {
                    if let Some(c) = text[position..].chars().next() {
                        out.push(c);
                        position += c.len_utf8();
                    } else {
                        position += 1;
                    }
                } else {
                    position += pattern.len();
                }
                matched = true;
                break;
            }
        }
        if !matched {
            match text[position..].chars().next() {
                Some(c) => {
                    out.push(c);
                    position += c.len_utf8();
                }
                None => break,
            }
        }
    }
    Ok(ev.string_with_context(&out, context))
}
