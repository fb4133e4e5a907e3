//! The tree of the well-formed parse is rnix's tree, and it is given only where rnix
//! finds no error: over every `.nix` file of the repository, over thousands of broken
//! variants of them, and over the corners of the grammar.

use super::parse;

/// `None` when the property holds for `text`; else what went wrong.
fn difference(text: &str) -> Option<String> {
    let fast = parse(text)?;
    let parsed = rnix::Root::parse(text);
    if !parsed.errors().is_empty() {
        return Some(format!(
            "given a tree where rnix finds {:?}",
            parsed.errors()
        ));
    }
    let green = parsed.syntax().green().to_owned();
    (green != fast).then(|| {
        format!("rnix:\n{:#?}\nours:\n{:#?}", parsed.syntax(), {
            rnix::SyntaxNode::new_root(fast)
        })
    })
}

pub(crate) fn nix_files() -> Vec<(std::path::PathBuf, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut pending: Vec<std::path::PathBuf> = ["testdata", "lib-nix/src", "compiler/src"]
        .iter()
        .map(|dir| root.join(dir))
        .collect();
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "nix") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((path, text));
                }
            }
        }
    }
    files.sort();
    assert!(
        files.len() > 1_000,
        "the repository's .nix files were not found"
    );
    files
}

/// Every file of the repository that rnix parses without an error is parsed here too,
/// to the same tree; none that rnix finds an error in is.
#[test]
fn the_repository_parses_to_rnix_trees() {
    let mut left_to_rnix = Vec::new();
    for (path, text) in nix_files() {
        if let Some(difference) = difference(&text) {
            panic!("{}: {difference}", path.display());
        }
        let clean = rnix::Root::parse(&text).errors().is_empty();
        if clean && super::super::screen(&text).is_none() && parse(&text).is_none() {
            left_to_rnix.push(path);
        }
    }
    assert!(
        left_to_rnix.is_empty(),
        "well-formed files left to rnix: {left_to_rnix:#?}"
    );
}

/// A small deterministic generator, so that a failure names its seed.
pub(crate) struct Lcg(pub(crate) u64);

impl Lcg {
    pub(crate) fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

/// Files broken token by token (one removed, one repeated, two swapped, one put in
/// from elsewhere): wherever one of them parses here, rnix parses it to the same tree
/// without an error.
#[test]
fn broken_files_are_left_to_rnix() {
    let files = nix_files();
    let mut random = Lcg(0x5eed);
    let mut checked = 0;
    for (path, text) in files.iter().filter(|(_, text)| text.len() < 4_000) {
        let tokens: Vec<&str> = rnix::tokenize(text).map(|(_, token)| token).collect();
        if tokens.len() < 2 {
            continue;
        }
        for _ in 0..8 {
            let mut broken: Vec<&str> = tokens.clone();
            let at = random.below(broken.len());
            match random.below(4) {
                0 => {
                    broken.remove(at);
                }
                1 => broken.insert(at, tokens[at]),
                2 => broken.swap(at, (at + 1).min(tokens.len() - 1)),
                _ => broken.insert(at, tokens[random.below(tokens.len())]),
            }
            let broken = broken.concat();
            if let Some(difference) = difference(&broken) {
                panic!("{} broken as {broken:?}: {difference}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 5_000, "{checked}");
}

/// The corners of the grammar: each parses here, to rnix's tree.
#[test]
fn corners_of_the_grammar() {
    for text in [
        "a: b: a + b",
        "{ a, b ? 1, ... }@args: a",
        "args@{ a, ... }: a",
        "{ }: 1",
        "{ } @ x: 1",
        "{ a, }: a",
        "{ ... }: { }",
        "-a ? b",
        "!a + b // c",
        "a // !b",
        "- - 1",
        "! ! true",
        "!-a",
        "a - -b",
        "a * -b",
        "a ++ b ++ c",
        "a // b // c",
        "a -> b -> c",
        "a |> b |> c",
        "a <| b <| c",
        "a < b == c < d",
        "a == b && c != d || e",
        "a ? b.c ? d",
        "a ? \"b\".${c}",
        "a.b or c",
        "a.b.c or d.e",
        "a.\"b\".${c} or { }",
        "f a or b",
        "a or",
        "{ or = 1; }.or",
        "{ inherit or; }",
        "__curPos",
        "x: __curPos",
        "f __curPos",
        "f x y (z w)",
        "f [ 1 2.5 .5 1e3 ] { } ./p <nixpkgs> ~/x http://example.org/x",
        "./a/${b}/c${d}",
        "/abs/${x}",
        "./a${b}",
        "<nixpkgs/lib>",
        "\"a${b}c\\n${d}\"",
        "''\n  a ${b}\n  ''${c}'''\n''",
        "let a = 1; inherit (b) c d; inherit e \"f\" ${g}; in a",
        "let { body = 1; }",
        "let in 1",
        "rec { a = 1; b = a; }",
        "with a; with b; c",
        "if a then b else if c then d else e",
        "assert a; b",
        "# c\n{ # d\n  a = /* e */ 1; # f\n} # g\n",
        "  \n  1  \n",
        "[ [ ] [ [ ] ] ]",
        "(a)",
        "(a).b",
        "{ a.b.c = 1; a.\"d\" = 2; ${e} = 3; }",
        "{ \"a\" = 1; }",
        "a.b.c",
        "a: { b = a; }",
        "{ a ? { }, b ? [ ] }: a",
        "x@{ y }: y",
        "-a.b",
        "-f x",
        "a + b * c - d / e",
        "a ++ b ? c",
        "!a ? b",
        "f (-1)",
        "1 - 1",
        "1-1",
        "a-b",
        "a - b",
        "\"\"",
        "''''",
        "{ a = x: y: x; }",
    ] {
        assert!(parse(text).is_some(), "{text:?} was left to rnix");
        if let Some(difference) = difference(text) {
            panic!("{text:?}: {difference}");
        }
    }
}

/// What rnix finds an error in is never given a tree here.
#[test]
fn what_rnix_refuses_is_left_to_it() {
    for text in [
        "",
        "a < b < c",
        "a == b == c",
        "(a;",
        "[ 1 ",
        "{ a = 1 }",
        "{ a = 1; ",
        "a + !b",
        "[ -1 ]",
        "a + if a then b else c",
        "{ or }: 1",
        "x@{ y }@z: y",
        "./a ${b}",
        "a.b or c or d",
        "\"${a\"",
        "''",
        "let a = 1; a",
        "inherit a;",
        "a b c;",
        "{ inherit a.b; }",
        "1 2",
        ") (",
        "f -",
    ] {
        if let Some(difference) = difference(text) {
            panic!("{text:?}: {difference}");
        }
    }
}
