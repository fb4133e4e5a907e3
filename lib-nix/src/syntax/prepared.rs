//! A syntax tree parsed ahead of time: the shape of an rnix tree as a compact list of
//! events that rebuilds the same tree without tokenizing or parsing again.
//!
//! ncc's own Nix sources (its `lib`, its schemas) are parsed by the build script of the
//! crate that embeds them; a run only replays the events. This file depends on nothing
//! but `rowan` so that build scripts can include it with `#[path]`.
//!
//! The encoding, one event after another in preorder:
//! - `0x80 | kind`: a node of `kind` starts;
//! - [`FINISH`]: the innermost open node ends;
//! - `kind` (below `0x80`), then the token's length in bytes as LEB128: a token, whose text
//!   is the next that many bytes of the source.

use rowan::{GreenNode, GreenToken, NodeOrToken, SyntaxKind};

/// The event that ends the innermost open node.
pub const FINISH: u8 = 0xFF;

/// The largest kind the encoding can hold (`0x7F` would collide with [`FINISH`]).
pub const MAX_KIND: u16 = 0x7E;

/// Writes the events of the tree rooted at `root`. Panics on a kind above [`MAX_KIND`]:
/// it runs in build scripts, where a panic is the build's error.
pub fn encode(root: &rowan::GreenNodeData) -> Vec<u8> {
    let mut out = Vec::new();
    encode_node(root, &mut out);
    out
}

fn encode_node(node: &rowan::GreenNodeData, out: &mut Vec<u8>) {
    out.push(0x80 | kind_byte(node.kind()));
    for child in node.children() {
        match child {
            NodeOrToken::Node(node) => encode_node(node, out),
            NodeOrToken::Token(token) => {
                out.push(kind_byte(token.kind()));
                let mut length = token.text().len();
                loop {
                    let low = (length & 0x7F) as u8;
                    length >>= 7;
                    if length == 0 {
                        out.push(low);
                        break;
                    }
                    out.push(low | 0x80);
                }
            }
        }
    }
    out.push(FINISH);
}

fn kind_byte(kind: SyntaxKind) -> u8 {
    assert!(
        kind.0 <= MAX_KIND,
        "syntax kind {} does not fit the prepared-tree encoding",
        kind.0
    );
    kind.0 as u8
}

/// Rebuilds the tree of `text` from `events`. `None` when the events do not describe a
/// tree of exactly `text` with kinds up to `max_kind` (another text, a damaged list): the
/// caller then parses.
pub fn decode(events: &[u8], text: &str, max_kind: u16) -> Option<GreenNode> {
    let mut children: Vec<NodeOrToken<GreenNode, GreenToken>> = Vec::new();
    // The open nodes: their kind and where their children start in `children`.
    let mut open: Vec<(SyntaxKind, usize)> = Vec::new();
    let mut offset = 0usize;
    let mut index = 0usize;
    let mut root = None;
    while index < events.len() {
        if root.is_some() {
            return None;
        }
        let byte = events[index];
        index += 1;
        if byte == FINISH {
            let (kind, first) = open.pop()?;
            let node = GreenNode::new(kind, children.drain(first..));
            if open.is_empty() {
                root = Some(node);
            } else {
                children.push(NodeOrToken::Node(node));
            }
        } else if byte & 0x80 != 0 {
            let kind = u16::from(byte & 0x7F);
            if kind > max_kind {
                return None;
            }
            open.push((SyntaxKind(kind), children.len()));
        } else {
            open.last()?;
            if u16::from(byte) > max_kind {
                return None;
            }
            let mut length = 0usize;
            let mut shift = 0u32;
            loop {
                let part = *events.get(index)?;
                index += 1;
                length |= usize::from(part & 0x7F).checked_shl(shift)?;
                if part & 0x80 == 0 {
                    break;
                }
                shift += 7;
                if shift > 28 {
                    return None;
                }
            }
            let token_text = text.get(offset..offset.checked_add(length)?)?;
            offset += length;
            children.push(NodeOrToken::Token(GreenToken::new(
                SyntaxKind(u16::from(byte)),
                token_text,
            )));
        }
    }
    root.filter(|_| offset == text.len())
}
