//! The parse of a well-formed file without rnix's parser: the very tree rnix builds (the
//! same nodes, the same tokens, whitespace and comments in the same nodes), from the
//! tokens of [`super::tokens`], in two thirds of rnix's instructions (README,
//! Performance, "the twenty-sixth pass").
//!
//! rnix descends through sixteen functions, one per precedence level, to read each
//! operand, peeking through a queue of tokens at each; its tree builder hashes every
//! node and token to share equal ones. Here the tokens are read once into a list with
//! the positions of the significant ones beside it, operators are climbed by a table of
//! levels, and nodes are built directly.
//!
//! It decides nothing about errors. At the first token a well-formed file would not
//! have where it stands (or a text the token reader leaves to rnix, or nesting past
//! [`MAX_DEPTH`]) it gives up, and rnix parses the text, recovers and reports. So the
//! tree it returns is one rnix builds without an error; `tests` holds it to that over
//! every `.nix` file of the repository.

use rnix::SyntaxKind::{self, *};
use rowan::{GreenNode, GreenToken, NodeOrToken};

/// How many of its own nested calls the parser allows before it leaves the text to
/// rnix: far above what files hold, far below what a thread's stack takes.
const MAX_DEPTH: u32 = 1_000;

/// The tree rnix builds for `text`, when `text` is well-formed; `None` otherwise.
pub(super) fn parse(text: &str) -> Option<GreenNode> {
    // Offsets are `u32`, as rowan's are.
    u32::try_from(text.len()).ok()?;
    // Nix averages a token to about four bytes, whitespace included.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut significant = Vec::with_capacity(text.len() / 8);
    let read = super::tokens::read(text, |kind, start| {
        if !matches!(kind, TOKEN_WHITESPACE | TOKEN_COMMENT) {
            significant.push(tokens.len() as u32);
        }
        tokens.push((kind, start as u32));
    });
    if !read {
        return None;
    }
    let mut parser = Parser {
        text,
        tokens,
        significant,
        next: 0,
        emitted: 0,
        children: Vec::new(),
        open: vec![(NODE_ROOT, 0)],
        depth: 0,
        shared: SharedTokens::new(),
    };
    parser.expr()?;
    parser.flush_trivia();
    if parser.peek().is_some() {
        return None;
    }
    let (kind, first) = parser.open.pop()?;
    Some(GreenNode::new(raw(kind), parser.children.drain(first..)))
}

/// How an infix operator groups with its own kind: `a - b - c` is `(a - b) - c`,
/// `a ++ b ++ c` is `a ++ (b ++ c)`, and `a == b == c` is refused. `?` takes an
/// attribute path on its right.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Left,
    Right,
    None,
    HasAttr,
}

/// The level of the prefix `!`: its operand is an addition or tighter, and it is the
/// operand of `//` or looser.
const INVERT: u8 = 9;
/// The level of the prefix `-`: its operand is a call, and it is the operand of `?`
/// or looser.
const NEGATE: u8 = 14;

/// Nix's infix operators, loosest first, as rnix nests them.
fn infix(kind: SyntaxKind) -> Option<(u8, Grouping)> {
    Some(match kind {
        TOKEN_PIPE_LEFT => (1, Grouping::Right),
        TOKEN_PIPE_RIGHT => (2, Grouping::Left),
        TOKEN_IMPLICATION => (3, Grouping::Right),
        TOKEN_OR_OR => (4, Grouping::Left),
        TOKEN_AND_AND => (5, Grouping::Left),
        TOKEN_EQUAL | TOKEN_NOT_EQUAL => (6, Grouping::None),
        TOKEN_LESS | TOKEN_LESS_OR_EQ | TOKEN_MORE | TOKEN_MORE_OR_EQ => (7, Grouping::None),
        TOKEN_UPDATE => (8, Grouping::Right),
        TOKEN_ADD | TOKEN_SUB => (10, Grouping::Left),
        TOKEN_MUL | TOKEN_DIV => (11, Grouping::Left),
        TOKEN_CONCAT => (12, Grouping::Right),
        TOKEN_QUESTION => (13, Grouping::HasAttr),
        _ => return None,
    })
}

/// Whether a token can start an argument of a call (`f x`, `f [ ]`, `f ./p`).
fn starts_argument(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        TOKEN_REC
            | TOKEN_L_BRACE
            | TOKEN_L_BRACK
            | TOKEN_L_PAREN
            | TOKEN_STRING_START
            | TOKEN_IDENT
            | TOKEN_CUR_POS
            | TOKEN_FLOAT
            | TOKEN_INTEGER
            | TOKEN_PATH_ABS
            | TOKEN_PATH_REL
            | TOKEN_PATH_HOME
            | TOKEN_PATH_SEARCH
            | TOKEN_URI
    )
}

fn raw(kind: SyntaxKind) -> rowan::SyntaxKind {
    rowan::SyntaxKind(kind as u16)
}

struct Parser<'a> {
    text: &'a str,
    /// Each token's kind and where it starts in `text`; it ends where the next starts.
    tokens: Vec<(SyntaxKind, u32)>,
    /// The indices in `tokens` of the tokens that are not whitespace or comments.
    significant: Vec<u32>,
    /// The next significant token, an index in `significant`.
    next: usize,
    /// The first token not yet in the tree, an index in `tokens`.
    emitted: usize,
    /// The children of the open nodes, innermost last.
    children: Vec<NodeOrToken<GreenNode, GreenToken>>,
    /// The open nodes: their kind and where their children start in `children`.
    open: Vec<(SyntaxKind, usize)>,
    depth: u32,
    shared: SharedTokens,
}

/// Short tokens made once and shared: most of a file's tokens are the same few
/// spaces, brackets, keywords and names. A table of recent ones by a hash of their
/// kind and text, each slot holding the last token that hashed there.
struct SharedTokens {
    slots: Vec<Option<GreenToken>>,
}

impl SharedTokens {
    const SLOTS: usize = 1 << 10;
    /// The longest text shared; longer ones (strings, comments) rarely repeat.
    const LONGEST: usize = 16;

    fn new() -> Self {
        SharedTokens {
            slots: vec![None; Self::SLOTS],
        }
    }

    fn token(&mut self, kind: SyntaxKind, text: &str) -> GreenToken {
        if text.len() > Self::LONGEST {
            return GreenToken::new(raw(kind), text);
        }
        let mut hash = (kind as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for &byte in text.as_bytes() {
            hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        let slot = &mut self.slots[(hash >> 54) as usize];
        match slot {
            Some(token) if token.kind() == raw(kind) && token.text() == text => token.clone(),
            _ => {
                let token = GreenToken::new(raw(kind), text);
                *slot = Some(token.clone());
                token
            }
        }
    }
}

impl<'a> Parser<'a> {
    // Tokens and nodes. As in rnix, whitespace and comments go into the tree only when
    // the next node starts or the next token is taken, into whichever node is open then:
    // a node that ends never takes the trivia after it.

    fn peek(&self) -> Option<SyntaxKind> {
        self.peek_at(0)
    }

    fn peek_at(&self, ahead: usize) -> Option<SyntaxKind> {
        let index = *self.significant.get(self.next + ahead)?;
        Some(self.tokens[index as usize].0)
    }

    fn push_token(&mut self, index: usize, kind: SyntaxKind) {
        let text = self.token_text(index);
        let token = self.shared.token(kind, text);
        self.children.push(NodeOrToken::Token(token));
    }

    /// Puts the whitespace and comments before the next significant token into the tree.
    fn flush_trivia(&mut self) {
        let end = self
            .significant
            .get(self.next)
            .map_or(self.tokens.len(), |&index| index as usize);
        for index in self.emitted..end {
            self.push_token(index, self.tokens[index].0);
        }
        self.emitted = end;
    }

    /// Takes the next significant token into the tree as a token of `kind`.
    fn bump_as(&mut self, kind: SyntaxKind) {
        self.flush_trivia();
        self.push_token(self.emitted, kind);
        self.emitted += 1;
        self.next += 1;
    }

    fn bump(&mut self) {
        let kind = self.tokens[self.next_index()].0;
        self.bump_as(kind);
    }

    fn token_text(&self, index: usize) -> &'a str {
        let end = self
            .tokens
            .get(index + 1)
            .map_or(self.text.len(), |&(_, start)| start as usize);
        &self.text[self.tokens[index].1 as usize..end]
    }

    /// The index in `tokens` of the next significant token.
    fn next_index(&self) -> usize {
        self.significant[self.next] as usize
    }

    fn expect(&mut self, kind: SyntaxKind) -> Option<()> {
        (self.peek()? == kind).then(|| self.bump())
    }

    /// Where the next node may start: after the trivia before it.
    fn checkpoint(&mut self) -> usize {
        self.flush_trivia();
        self.children.len()
    }

    fn start(&mut self, kind: SyntaxKind) {
        let at = self.checkpoint();
        self.open.push((kind, at));
    }

    /// Opens a node of `kind` around what was built since `at`.
    fn start_at(&mut self, at: usize, kind: SyntaxKind) {
        self.open.push((kind, at));
    }

    fn finish(&mut self) {
        let (kind, first) = self.open.pop().expect("a node is open");
        let node = GreenNode::new(raw(kind), self.children.drain(first..));
        self.children.push(NodeOrToken::Node(node));
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // The grammar.

    /// An expression: `let`, `with`, `if`, `assert`, or operators over operands.
    fn expr(&mut self) -> Option<()> {
        self.enter()?;
        match self.peek()? {
            TOKEN_LET => {
                let at = self.checkpoint();
                self.bump();
                if self.peek() == Some(TOKEN_L_BRACE) {
                    self.start_at(at, NODE_LEGACY_LET);
                    self.bump();
                    self.bindings(TOKEN_R_BRACE)?;
                } else {
                    self.start_at(at, NODE_LET_IN);
                    self.bindings(TOKEN_IN)?;
                    self.expr()?;
                }
                self.finish();
            }
            TOKEN_WITH => {
                self.start(NODE_WITH);
                self.bump();
                self.expr()?;
                self.expect(TOKEN_SEMICOLON)?;
                self.expr()?;
                self.finish();
            }
            TOKEN_IF => {
                self.start(NODE_IF_ELSE);
                self.bump();
                self.expr()?;
                self.expect(TOKEN_THEN)?;
                self.expr()?;
                self.expect(TOKEN_ELSE)?;
                self.expr()?;
                self.finish();
            }
            TOKEN_ASSERT => {
                self.start(NODE_ASSERT);
                self.bump();
                self.expr()?;
                self.expect(TOKEN_SEMICOLON)?;
                self.expr()?;
                self.finish();
            }
            _ => {
                self.operators(1)?;
            }
        }
        self.leave();
        Some(())
    }

    /// Operands joined by infix operators of level `min` or tighter; returns where the
    /// first operand starts, which every operator node around it starts at too.
    fn operators(&mut self, min: u8) -> Option<usize> {
        self.enter()?;
        let at = match self.peek()? {
            TOKEN_INVERT if min <= INVERT => self.prefix(INVERT)?,
            TOKEN_SUB if min <= NEGATE => self.prefix(NEGATE)?,
            _ => self.call()?,
        };
        let mut last = None;
        while let Some((level, grouping)) = self.peek().and_then(infix) {
            if level < min {
                break;
            }
            if last == Some(level) && grouping == Grouping::None {
                return None;
            }
            match grouping {
                Grouping::HasAttr => {
                    self.start_at(at, NODE_HAS_ATTR);
                    self.bump();
                    self.attrpath()?;
                }
                Grouping::Left | Grouping::None => {
                    self.start_at(at, NODE_BIN_OP);
                    self.bump();
                    self.operators(level + 1)?;
                }
                Grouping::Right => {
                    self.start_at(at, NODE_BIN_OP);
                    self.bump();
                    self.operators(level)?;
                }
            }
            self.finish();
            last = Some(level);
        }
        self.leave();
        Some(at)
    }

    /// `!x` or `-x`, the operand at `level` (which allows the same prefix again).
    fn prefix(&mut self, level: u8) -> Option<usize> {
        let at = self.checkpoint();
        self.start(NODE_UNARY_OP);
        self.bump();
        self.operators(level)?;
        self.finish();
        Some(at)
    }

    /// A call: an operand and the arguments side by side after it.
    fn call(&mut self) -> Option<usize> {
        let at = self.simple()?;
        while self.peek().is_some_and(starts_argument) {
            self.start_at(at, NODE_APPLY);
            self.simple()?;
            self.finish();
        }
        Some(at)
    }

    /// An operand: a literal, a name, a path, a string, brackets, a set, a list or a
    /// function, and the attributes selected from it.
    fn simple(&mut self) -> Option<usize> {
        self.enter()?;
        let kind = self.peek()?;
        let at = self.checkpoint();
        match kind {
            TOKEN_L_PAREN => {
                self.start(NODE_PAREN);
                self.bump();
                self.expr()?;
                self.expect(TOKEN_R_PAREN)?;
                self.finish();
            }
            TOKEN_REC => {
                self.start(NODE_ATTR_SET);
                self.bump();
                self.expect(TOKEN_L_BRACE)?;
                self.bindings(TOKEN_R_BRACE)?;
                self.finish();
            }
            TOKEN_L_BRACE => {
                let pattern = matches!(
                    (self.peek_at(1), self.peek_at(2)),
                    (
                        Some(TOKEN_IDENT),
                        Some(TOKEN_COMMA | TOKEN_QUESTION | TOKEN_R_BRACE)
                    ) | (Some(TOKEN_ELLIPSIS), Some(TOKEN_R_BRACE))
                        | (Some(TOKEN_R_BRACE), Some(TOKEN_COLON | TOKEN_AT))
                );
                if pattern {
                    self.start(NODE_LAMBDA);
                    self.start(NODE_PATTERN);
                    self.bump();
                    self.pattern(false)?;
                    self.finish();
                    self.expect(TOKEN_COLON)?;
                    self.expr()?;
                } else {
                    self.start(NODE_ATTR_SET);
                    self.bump();
                    self.bindings(TOKEN_R_BRACE)?;
                }
                self.finish();
            }
            TOKEN_L_BRACK => {
                self.start(NODE_LIST);
                self.bump();
                while self.peek()? != TOKEN_R_BRACK {
                    self.simple()?;
                }
                self.bump();
                self.finish();
            }
            TOKEN_STRING_START => self.string()?,
            TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME | TOKEN_PATH_SEARCH => {
                self.path(kind)?
            }
            TOKEN_FLOAT | TOKEN_INTEGER | TOKEN_URI => {
                self.start(NODE_LITERAL);
                self.bump();
                self.finish();
            }
            TOKEN_IDENT => match self.peek_at(1) {
                Some(TOKEN_COLON) => {
                    self.ident()?;
                    self.start_at(at, NODE_LAMBDA);
                    self.start_at(at, NODE_IDENT_PARAM);
                    self.finish();
                    self.expect(TOKEN_COLON)?;
                    self.expr()?;
                    self.finish();
                }
                Some(TOKEN_AT) => {
                    self.ident()?;
                    self.start_at(at, NODE_LAMBDA);
                    self.start_at(at, NODE_PATTERN);
                    self.start_at(at, NODE_PAT_BIND);
                    self.expect(TOKEN_AT)?;
                    self.finish();
                    self.expect(TOKEN_L_BRACE)?;
                    self.pattern(true)?;
                    self.finish();
                    self.expect(TOKEN_COLON)?;
                    self.expr()?;
                    self.finish();
                }
                _ if self.token_text(self.next_index()) == "__curPos" => {
                    self.start(NODE_CUR_POS);
                    self.bump_as(TOKEN_CUR_POS);
                    self.finish();
                }
                _ => self.ident()?,
            },
            _ => return None,
        }
        match self.peek() {
            Some(TOKEN_DOT) => {
                self.start_at(at, NODE_SELECT);
                self.bump();
                self.attrpath()?;
                if self.peek() == Some(TOKEN_OR) {
                    self.bump();
                    self.simple()?;
                }
                self.finish();
            }
            // `a or` without a `.`: Nix calls `a` with a variable named `or`.
            Some(TOKEN_OR) => {
                self.start_at(at, NODE_APPLY);
                self.start(NODE_IDENT);
                self.bump_as(TOKEN_IDENT);
                self.finish();
                self.finish();
            }
            _ => {}
        }
        self.leave();
        Some(at)
    }

    fn ident(&mut self) -> Option<()> {
        if self.peek()? != TOKEN_IDENT {
            return None;
        }
        self.start(NODE_IDENT);
        self.bump();
        self.finish();
        Some(())
    }

    /// The formals of a function after its `{`, up to its `}` and an `@ name` after it.
    fn pattern(&mut self, bound: bool) -> Option<()> {
        if self.peek()? == TOKEN_R_BRACE {
            self.bump();
        } else {
            loop {
                match self.peek()? {
                    TOKEN_R_BRACE => {
                        self.bump();
                        break;
                    }
                    TOKEN_ELLIPSIS => {
                        self.bump();
                        self.expect(TOKEN_R_BRACE)?;
                        break;
                    }
                    TOKEN_IDENT => {
                        self.start(NODE_PAT_ENTRY);
                        self.ident()?;
                        if self.peek() == Some(TOKEN_QUESTION) {
                            self.bump();
                            self.expr()?;
                        }
                        self.finish();
                        if self.peek() == Some(TOKEN_COMMA) {
                            self.bump();
                        } else {
                            self.expect(TOKEN_R_BRACE)?;
                            break;
                        }
                    }
                    _ => return None,
                }
            }
        }
        if self.peek() == Some(TOKEN_AT) {
            if bound {
                return None;
            }
            self.start(NODE_PAT_BIND);
            self.bump();
            self.ident()?;
            self.finish();
        }
        Some(())
    }

    /// The bindings of a set or a `let`, up to and with the token `until`.
    fn bindings(&mut self, until: SyntaxKind) -> Option<()> {
        loop {
            match self.peek()? {
                kind if kind == until => break,
                TOKEN_INHERIT => {
                    self.start(NODE_INHERIT);
                    self.bump();
                    if self.peek() == Some(TOKEN_L_PAREN) {
                        self.start(NODE_INHERIT_FROM);
                        self.bump();
                        self.expr()?;
                        self.expect(TOKEN_R_PAREN)?;
                        self.finish();
                    }
                    while self.peek()? != TOKEN_SEMICOLON {
                        self.attr()?;
                    }
                    self.bump();
                    self.finish();
                }
                _ => {
                    self.start(NODE_ATTRPATH_VALUE);
                    self.attrpath()?;
                    self.expect(TOKEN_ASSIGN)?;
                    self.expr()?;
                    self.expect(TOKEN_SEMICOLON)?;
                    self.finish();
                }
            }
        }
        self.bump();
        Some(())
    }

    fn attrpath(&mut self) -> Option<()> {
        self.start(NODE_ATTRPATH);
        loop {
            self.attr()?;
            if self.peek() == Some(TOKEN_DOT) {
                self.bump();
            } else {
                break;
            }
        }
        self.finish();
        Some(())
    }

    /// One name of an attribute path: a name (`or` too), a string, or `${...}`.
    fn attr(&mut self) -> Option<()> {
        match self.peek()? {
            TOKEN_INTERPOL_START => {
                self.start(NODE_DYNAMIC);
                self.bump();
                self.expr()?;
                self.expect(TOKEN_INTERPOL_END)?;
                self.finish();
            }
            TOKEN_STRING_START => self.string()?,
            TOKEN_IDENT | TOKEN_OR => {
                self.start(NODE_IDENT);
                self.bump_as(TOKEN_IDENT);
                self.finish();
            }
            _ => return None,
        }
        Some(())
    }

    fn interpolation(&mut self) -> Option<()> {
        self.start(NODE_INTERPOL);
        self.bump();
        self.expr()?;
        self.expect(TOKEN_INTERPOL_END)?;
        self.finish();
        Some(())
    }

    /// A string, `"..."` or `''...''`, with its interpolations.
    fn string(&mut self) -> Option<()> {
        self.start(NODE_STRING);
        self.expect(TOKEN_STRING_START)?;
        loop {
            match self.peek()? {
                TOKEN_STRING_END => break,
                TOKEN_STRING_CONTENT => self.bump(),
                TOKEN_INTERPOL_START => self.interpolation()?,
                _ => return None,
            }
        }
        self.bump();
        self.finish();
        Some(())
    }

    /// A path, and the parts and interpolations written against it (`./a/${b}/c`).
    fn path(&mut self, kind: SyntaxKind) -> Option<()> {
        self.start(match kind {
            TOKEN_PATH_ABS => NODE_PATH_ABS,
            TOKEN_PATH_REL => NODE_PATH_REL,
            TOKEN_PATH_HOME => NODE_PATH_HOME,
            _ => NODE_PATH_SEARCH,
        });
        self.bump();
        if kind != TOKEN_PATH_SEARCH && self.peek() == Some(TOKEN_INTERPOL_START) {
            // rnix would take a `${` after whitespace into the path too: leave that to it.
            if self.tokens[self.emitted].0 != TOKEN_INTERPOL_START {
                return None;
            }
            // The parts touch: whatever else comes next ends the path.
            loop {
                match self.tokens.get(self.emitted).map(|token| token.0) {
                    Some(TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME) => self.bump(),
                    Some(TOKEN_INTERPOL_START) => self.interpolation()?,
                    _ => break,
                }
            }
        }
        self.finish();
        Some(())
    }
}

#[cfg(test)]
pub(super) mod tests;
