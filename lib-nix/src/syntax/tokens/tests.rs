//! The tokens read here are rnix's, kind and text, wherever this reader reads a text
//! to its end: over every `.nix` file of the repository, broken variants of them, and
//! the corners of the lexical grammar.

use rnix::SyntaxKind;

fn ours(text: &str) -> Option<Vec<(SyntaxKind, &str)>> {
    let mut starts = Vec::new();
    let read = super::read(text, |kind, start| starts.push((kind, start)));
    let ends = starts
        .iter()
        .skip(1)
        .map(|&(_, start)| start)
        .chain([text.len()]);
    let tokens = starts
        .iter()
        .zip(ends)
        .map(|(&(kind, start), end)| (kind, &text[start..end]));
    read.then(|| tokens.collect())
}

/// `None` when the property holds for `text`; else what went wrong.
fn difference(text: &str) -> Option<String> {
    let ours = ours(text)?;
    let theirs: Vec<(SyntaxKind, &str)> = rnix::tokenize(text).collect();
    if theirs
        .iter()
        .any(|(kind, _)| *kind == SyntaxKind::TOKEN_ERROR)
    {
        return Some(format!("read where rnix makes an error token: {theirs:?}"));
    }
    (ours != theirs).then(|| {
        let at = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
        format!(
            "token {at}: ours {:?}, rnix's {:?}",
            ours.get(at..(at + 3).min(ours.len())),
            theirs.get(at..(at + 3).min(theirs.len()))
        )
    })
}

#[test]
fn the_repository_reads_as_rnix_reads_it() {
    for (path, text) in crate::syntax::well_formed::tests::nix_files() {
        if let Some(difference) = difference(&text) {
            panic!("{}: {difference}", path.display());
        }
        let clean = rnix::tokenize(&text).all(|(kind, _)| kind != SyntaxKind::TOKEN_ERROR);
        if clean && text.is_ascii() {
            assert!(ours(&text).is_some(), "{} was left to rnix", path.display());
        }
    }
}

#[test]
fn broken_files_read_as_rnix_reads_them() {
    let mut random = crate::syntax::well_formed::tests::Lcg(0x70c3);
    let mut checked = 0;
    for (path, text) in crate::syntax::well_formed::tests::nix_files()
        .iter()
        .filter(|(_, text)| text.len() < 4_000)
    {
        let bytes = text.as_bytes();
        for _ in 0..8 {
            // Cut, repeat or move a few bytes anywhere, across tokens.
            let at = random.below(bytes.len());
            let width = 1 + random.below(3);
            let end = (at + width).min(bytes.len());
            let mut broken = bytes.to_vec();
            match random.below(3) {
                0 => {
                    broken.drain(at..end);
                }
                1 => broken
                    .splice(at..at, bytes[at..end].to_vec())
                    .for_each(drop),
                _ => {
                    let from = random.below(bytes.len());
                    let piece = bytes[from..(from + width).min(bytes.len())].to_vec();
                    broken.splice(at..at, piece).for_each(drop);
                }
            }
            let Ok(broken) = String::from_utf8(broken) else {
                continue;
            };
            if let Some(difference) = difference(&broken) {
                panic!("{} broken as {broken:?}: {difference}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 5_000, "{checked}");
}

#[test]
fn corners_of_the_lexical_grammar() {
    for text in [
        "./a/b.nix ../c ~/d /e/f <nixpkgs> <nixpkgs/lib> a/b 1/2 a.b/c +/x",
        "./a/${b}/c${d}e ./${x} /${y}",
        "http://example.org/a?b=c&d=%20 git+ssh://x:y@z.org/p x:y a:b/c",
        "a_b:c",
        "1 0123 1.5 .5 1. 1.5e3 1.5E-3 .5e+2 1e5 0.5",
        "a // b a//b a/ /b a / b 1 / 2",
        "<a <= b <| c |> d -> e ++ f && g || h == i != j >= k > l < m",
        "<>",
        "\"a\\\"b\\${c}$${d}${e}$f\\\\\" \"\"",
        "''a'''b''$c''\\nd${e}$${f}'g'' ''''",
        "# c\n/* d */ /**/ /***/ ... ..a",
        "a'b a-b _a a1 or rec let in inherit if then else assert with",
        "{ a = { b = \"${ { c = 1; }.c }\"; }; }",
        "\"\u{e9}\" ''\u{e9}'' # \u{e9}\n/* \u{e9} */",
        "\"\\\u{e9}\" ''a''\\\u{e9}''",
        "x: x",
        "{ ... }@a: a",
        "a.b.c or d",
        "\t\r\n\x0B\x0C",
    ] {
        assert!(ours(text).is_some(), "{text:?} was left to rnix");
        if let Some(difference) = difference(text) {
            panic!("{text:?}: {difference}");
        }
    }
}

#[test]
fn errors_and_unicode_are_left_to_rnix() {
    for text in [
        "\"abc", "''abc", "a & b", "a | b", "$", "'", "~x", "./a/", "./a//b", "1.5e", "<a<b>",
        "/* x", "\u{a0}", "a\u{a0}b", "\u{e9}", "\"a\\", "''a''\\", "`",
    ] {
        assert!(ours(text).is_none(), "{text:?}");
        let error = rnix::tokenize(text).any(|(kind, _)| kind == SyntaxKind::TOKEN_ERROR);
        assert!(error || !text.is_ascii(), "{text:?} has no error token");
    }
}
