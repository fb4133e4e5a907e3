//! A file lowered ahead of time: its IR as a compact byte list that a run decodes into the
//! arena instead of rebuilding the syntax tree and lowering it again.
//!
//! ncc's own Nix sources (its `lib`, its schemas) are lowered by the build script of the
//! crate that embeds them (`lib-nix/build/embed.rs`); every run that reads one only
//! replays its expressions, and only those it evaluates: [`decode`] checks the file and
//! reserves its expressions' places in the arena, and each expression is decoded the
//! first time the arena is asked for it ([`Lazy`]). A run reads a small part of ncc's
//! `lib`. This file depends on nothing but `ir`, `name` and `diagnostic`, so that build
//! scripts can include it with `#[path]`.
//!
//! What makes a prepared file valid for a run, checked by [`decode`] before anything is
//! added to the arena:
//! - the text is the one it was lowered from (its length and hash);
//! - every name the build script resolved as a builtin global is one in this run: the
//!   build script lowers with every free name taken for a global, so a name that is not
//!   one here would have been lowered differently (a `with` lookup or an error);
//! - the file has no relative path literal, whose value depends on where the run says
//!   the file is (the build script writes no prepared IR for such a file).
//!
//! Anything else (another text, another globals set, cut or lengthened bytes) gives
//! `None`, and the caller lowers the file as any other. The expressions themselves are
//! read when first asked for; the bytes are the build script's, embedded beside the text
//! whose hash they carry, and a test decodes every embedded file whole
//! (`syntax::prepared_ir_difference`).
//!
//! The encoding: a header (magic, text length and hash, the names, the global names, the
//! string literals, the expression count and root), then where each expression starts
//! (a little-endian `u32` each, from the start of the expressions), the length of the
//! expressions and the expressions in arena order, each a tag byte and its fields, then
//! the spans (two little-endian `u32`s each), then the named lambdas, then each
//! expression's free variables (where its record starts, a little-endian `u32` each,
//! and the records: a `with` flag and the `(up, slot)` pairs). Other numbers are
//! LEB128; expression ids are relative to the file's first expression; names and
//! strings are indices into their tables.

use std::hash::{BuildHasher, Hasher};
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use super::{
    AttrEntryExpr, AttrKey, AttrsExpr, BinaryOp, Body, DynamicEntry, Expr, ExprId, Formal,
    FreeVars, Ir, LambdaExpr, Param, StrPart, UnaryOp,
};
use crate::diagnostic::{FileId, Span};
use crate::name::{FxHashMap, Name};

const MAGIC: &[u8; 8] = b"nccir005";

/// The bytes of a prepared file: the build script's, embedded in the binary, or those a
/// run wrote for a file it lowered, shared with the later runs of the process that load
/// the same file.
#[derive(Debug, Clone)]
pub enum Bytes {
    Embedded(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    #[inline]
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Embedded(bytes) => bytes,
            Bytes::Shared(bytes) => bytes,
        }
    }
}

/// Where `part`, a slice of `whole`, lies in it.
fn range_in(whole: &[u8], part: &[u8]) -> Range<usize> {
    let start = part.as_ptr() as usize - whole.as_ptr() as usize;
    start..start + part.len()
}

/// The hash the prepared IR records of its text.
pub fn text_hash(text: &str) -> u64 {
    let mut hasher = crate::name::BuildFx.build_hasher();
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// Encodes the expressions `first..` of `ir` (one file's, whose root is `body`), lowered
/// from `text`.
pub fn encode(ir: &Ir, first: ExprId, body: Body, text: &str) -> Vec<u8> {
    encode_with(ir, first, body, text, true)
}

/// [`encode`] without each expression's free variables, which a run asks for only of
/// option declarations (and finds by a walk where they are not written): finding them
/// for every expression walks each one's whole subtree, which would cost more than
/// lowering a file again.
pub fn encode_without_free_vars(ir: &Ir, first: ExprId, body: Body, text: &str) -> Vec<u8> {
    encode_with(ir, first, body, text, false)
}

fn encode_with(ir: &Ir, first: ExprId, body: Body, text: &str, free_vars: bool) -> Vec<u8> {
    let mut writer = Writer::default();
    let count = ir.next_id().0 - first.0;
    // Expressions first, into their own buffer, so the tables they fill come before them.
    let mut exprs = Writer::default();
    let mut offsets = Vec::with_capacity(count as usize * 4);
    for index in 0..count {
        let id = ExprId(first.0 + index);
        offsets.extend_from_slice(&(exprs.bytes.len() as u32).to_le_bytes());
        exprs.expr(ir.expr(id), first, &mut writer);
    }
    let mut tail = Writer::default();
    // Spans at a fixed width, so a run reads them in one tight pass.
    for index in 0..count {
        let span = ir.span(ExprId(first.0 + index));
        tail.bytes.extend_from_slice(&span.start.to_le_bytes());
        tail.bytes.extend_from_slice(&span.end.to_le_bytes());
    }
    let named: Vec<(u32, Name)> = (0..count)
        .filter_map(|index| {
            ir.lambda_name(ExprId(first.0 + index))
                .map(|name| (index, name.clone()))
        })
        .collect();
    tail.number(named.len() as u64);
    for (index, name) in &named {
        tail.number(u64::from(*index));
        let name = writer.name(name);
        tail.number(name);
    }
    // Each expression's free variables, so that a run need not decode an expression's
    // whole subtree to find them: where its record starts (a little-endian `u32` each),
    // then the records, each written once.
    let mut records = Writer::default();
    let mut record_at: FxHashMap<(bool, Vec<(u32, u32)>), u32> = FxHashMap::default();
    let mut record_offsets = Vec::with_capacity(count as usize * 4);
    if !free_vars {
        // One record, which no reader takes for free variables: each expression's are
        // found by the walk.
        records.bytes.push(NOT_RECORDED);
        record_offsets.resize(count as usize * 4, 0);
    }
    for index in (0..count).filter(|_| free_vars) {
        let free = ir.free_vars(ExprId(first.0 + index));
        let at = *record_at
            .entry((free.with, free.locals.clone()))
            .or_insert_with(|| {
                let at = records.bytes.len() as u32;
                records.bytes.push(u8::from(free.with));
                records.number(free.locals.len() as u64);
                for (up, slot) in &free.locals {
                    records.number(u64::from(*up));
                    records.number(u64::from(*slot));
                }
                at
            });
        record_offsets.extend_from_slice(&at.to_le_bytes());
    }
    tail.number(records.bytes.len() as u64);
    tail.bytes.extend_from_slice(&record_offsets);
    tail.bytes.extend_from_slice(&records.bytes);

    let mut out = Vec::with_capacity(exprs.bytes.len() + offsets.len() + tail.bytes.len() + 4096);
    out.extend_from_slice(MAGIC);
    let mut header = Writer::default();
    header.number(text.len() as u64);
    header
        .bytes
        .extend_from_slice(&text_hash(text).to_le_bytes());
    header.table(writer.names.iter().map(Name::as_str));
    header.number(writer.globals.len() as u64);
    for global in &writer.globals {
        header.number(*global);
    }
    header.table(writer.strings.iter().map(|string| &**string));
    header.number(u64::from(count));
    header.number(u64::from(body.root.0 - first.0));
    header.bytes.extend_from_slice(&offsets);
    header.number(exprs.bytes.len() as u64);
    out.extend_from_slice(&header.bytes);
    out.extend_from_slice(&exprs.bytes);
    out.extend_from_slice(&tail.bytes);
    out
}

/// Reserves the prepared expressions of `bytes` in `ir` as those of `file`, when they are
/// valid for `text` and for a run whose builtin globals are `is_global`; each is decoded
/// when the arena is first asked for it.
pub fn decode(
    bytes: Bytes,
    text: &str,
    ir: &mut Ir,
    file: FileId,
    is_global: &dyn Fn(&str) -> bool,
) -> Option<Body> {
    let checked = check(bytes, text, ir, file, is_global, None, false)?;
    Some(reserve(ir, checked, false).0)
}

/// [`decode`] for one of ncc's own files, whose bytes and text are the binary's: an
/// evaluator of a thread that has decoded it before takes the reservation of that one,
/// with the expressions it decoded, where the file's expressions and spans get the same
/// ids here (as they do for every host of a repository checked in one process, which
/// load ncc's `lib` and schemas in the same order), and its global names are globals
/// here too. Its bytes are not checked again, nor any expression decoded again.
pub fn decode_embedded(
    bytes: &'static [u8],
    text: &'static str,
    ir: &mut Ir,
    file: FileId,
    is_global: &dyn Fn(&str) -> bool,
) -> Option<Body> {
    let key = (bytes.as_ptr() as usize, text.as_ptr() as usize, file);
    let again = EMBEDDED
        .with_borrow(|decoded| decoded.iter().find(|reserved| reserved.key == key).cloned());
    if let Some(reserved) = again {
        if reserved.globals.iter().all(|global| is_global(global))
            && ir.reserve_again(&reserved.file)
        {
            name_lambdas(ir, reserved.file.bytes.first(), &reserved.named);
            return Some(reserved.body);
        }
    }
    let mut globals = Vec::new();
    let checked = check(
        Bytes::Embedded(bytes),
        text,
        ir,
        file,
        is_global,
        Some(&mut globals),
        true,
    )?;
    let (body, file_reserved, named) = reserve(ir, checked, true);
    EMBEDDED.with_borrow_mut(|decoded| {
        if decoded.len() < EMBEDDED_KEPT {
            decoded.push(Rc::new(Reserved {
                key,
                file: file_reserved,
                body,
                globals,
                named,
            }));
        }
    });
    Some(body)
}

/// How many reservations of ncc's own files a thread keeps (a file is kept once for each
/// place it is loaded at; a run loads a few dozen files, at the same places).
const EMBEDDED_KEPT: usize = 256;

thread_local! {
    /// The reservations of ncc's own files made on this thread.
    static EMBEDDED: std::cell::RefCell<Vec<Rc<Reserved>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A prepared file reserved in an arena, as [`decode_embedded`] takes it again.
struct Reserved {
    /// The addresses of its bytes and text, and the file id it was decoded for.
    key: (usize, usize, FileId),
    file: Rc<super::PreparedFile>,
    body: Body,
    /// The names its lowering took for builtin globals.
    globals: Vec<Box<str>>,
    /// Its named lambdas, by index in the file.
    named: Vec<(u32, Name)>,
}

/// Names the lambdas of a prepared file whose first expression is `first`, without
/// decoding them: the encoder names lambdas only.
fn name_lambdas(ir: &mut Ir, first: u32, named: &[(u32, Name)]) {
    for (index, name) in named {
        ir.name_prepared_lambda(ExprId(first + index), name.clone());
    }
}

/// A prepared file whose bytes [`check`] found valid for a run, not reserved yet.
struct Checked {
    lazy: Lazy,
    count: u32,
    root: u32,
    named: Vec<(u32, Name)>,
}

/// Reserves a checked file in `ir` (one of ncc's `own`, or a project's) and names its
/// lambdas.
fn reserve(
    ir: &mut Ir,
    checked: Checked,
    own: bool,
) -> (Body, Rc<super::PreparedFile>, Vec<(u32, Name)>) {
    let first = checked.lazy.first();
    let file = ir.reserve_prepared(checked.lazy, checked.count as usize, own);
    name_lambdas(ir, first, &checked.named);
    let body = Body {
        root: ExprId(first + checked.root),
    };
    (body, file, checked.named)
}

/// Whether `bytes` are a prepared file valid for `text` and a run whose builtin globals
/// are `is_global`, at the ids `ir` gives its next prepared file (of ncc's `own`, or a
/// project's); the global names its lowering took are pushed on `globals`, when asked
/// for.
fn check(
    bytes: Bytes,
    text: &str,
    ir: &Ir,
    file: FileId,
    is_global: &dyn Fn(&str) -> bool,
    mut globals: Option<&mut Vec<Box<str>>>,
    own: bool,
) -> Option<Checked> {
    let whole: &[u8] = &bytes;
    let mut reader = Reader {
        bytes: whole.strip_prefix(MAGIC.as_slice())?,
        file,
        text_length: text.len(),
    };
    if reader.number()? != text.len() as u64 {
        return None;
    }
    let hash = u64::from_le_bytes(reader.take(8)?.try_into().ok()?);
    if hash != text_hash(text) {
        return None;
    }
    let names = reader.table(whole, &bytes)?;
    for _ in 0..reader.count()? {
        let global = names.text(reader.count()?)?;
        if !is_global(global) {
            return None;
        }
        if let Some(globals) = globals.as_deref_mut() {
            globals.push(Box::from(global));
        }
    }
    let strings = reader.table(whole, &bytes)?;
    let count = u32::try_from(reader.number()?).ok()?;
    let root = u32::try_from(reader.number()?).ok()?;
    if root >= count {
        return None;
    }
    let offsets = reader.take((count as usize).checked_mul(4)?)?;
    let region_length = reader.count()?;
    let region = reader.take(region_length)?;
    // Each expression starts inside the region, after the one before it.
    let mut previous = None;
    for start in offsets.chunks_exact(4).map(word) {
        if start as usize >= region.len() || previous.is_some_and(|before| start <= before) {
            return None;
        }
        previous = Some(start);
    }
    let tables = Tables {
        names,
        strings,
        first: ir.next_prepared_id(count as usize, own)?.0,
        count,
    };
    let spans = reader.spans(count as usize)?;
    let mut named = Vec::new();
    for _ in 0..reader.count()? {
        let index = u32::try_from(reader.number()?).ok()?;
        let name = tables.name(reader.count()?)?;
        if index >= count {
            return None;
        }
        named.push((index, name));
    }
    let records_length = reader.count()?;
    let record_offsets = reader.take((count as usize).checked_mul(4)?)?;
    let records = reader.take(records_length)?;
    if !reader.bytes.is_empty() {
        return None;
    }
    let (offsets, region, spans) = (
        range_in(whole, offsets),
        range_in(whole, region),
        range_in(whole, spans),
    );
    let (record_offsets, records) = (range_in(whole, record_offsets), range_in(whole, records));
    let lazy = Lazy {
        tables,
        offsets,
        region,
        spans,
        record_offsets,
        records,
        file,
        text_length: text.len(),
        bytes,
    };
    Some(Checked {
        lazy,
        count,
        root,
        named,
    })
}

/// A little-endian `u32` of four bytes.
fn word(bytes: &[u8]) -> u32 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

/// The expressions of one prepared file, not decoded yet: each is read from its place in
/// the file's bytes when the arena is first asked for it.
#[derive(Debug)]
pub struct Lazy {
    tables: Tables,
    /// Where each expression starts in `region`, four bytes each.
    offsets: Range<usize>,
    region: Range<usize>,
    /// The expressions' spans, two little-endian `u32`s each, checked when loaded.
    spans: Range<usize>,
    /// Where each expression's record of free variables starts in `records`, four
    /// bytes each.
    record_offsets: Range<usize>,
    records: Range<usize>,
    file: FileId,
    text_length: usize,
    /// The bytes the ranges above are in.
    bytes: Bytes,
}

impl Lazy {
    /// The id of the file's first expression.
    pub fn first(&self) -> u32 {
        self.tables.first
    }

    /// The expression `id` of this file, read from its bytes; `None` if `id` is not one
    /// of the file's or its bytes do not hold an expression.
    pub fn expr(&self, id: ExprId) -> Option<Expr> {
        self.reader(id)?.expr(&self.tables)
    }

    /// What a thunk of the expression `id` can be without decoding it (see
    /// [`Peek`]); `None` if `id` is not one of the file's or its bytes hold nothing.
    pub fn peek(&self, id: ExprId) -> Option<Peek> {
        let mut reader = self.reader(id)?;
        Some(match reader.byte()? {
            INT => Peek::Int(i64::from_le_bytes(reader.take(8)?.try_into().ok()?)),
            FLOAT => Peek::Float(f64::from_bits(u64::from_le_bytes(
                reader.take(8)?.try_into().ok()?,
            ))),
            LOCAL => {
                reader.number()?; // the name, which the value does not need
                Peek::Local {
                    up: reader.u32()?,
                    slot: reader.u32()?,
                }
            }
            // A literal string of one part: its text, from the table.
            STR if reader.count()? == 1 && reader.byte()? == 0 => {
                Peek::Literal(self.tables.string(reader.count()?)?)
            }
            _ => Peek::Other,
        })
    }

    /// A reader at the bytes of the expression `id`.
    fn reader(&self, id: ExprId) -> Option<Reader<'_>> {
        let index = id.0.checked_sub(self.tables.first)?;
        if index >= self.tables.count {
            return None;
        }
        let at = index as usize * 4;
        let at = self.offsets.start + at;
        let start = self.region.start + word(self.bytes.get(at..at + 4)?) as usize;
        Some(Reader {
            bytes: self.bytes.get(start..self.region.end)?,
            file: self.file,
            text_length: self.text_length,
        })
    }

    /// The free variables of the expression `id` of this file, as the build script
    /// found them; `None` if its bytes do not hold them.
    pub fn free_vars(&self, id: ExprId) -> Option<FreeVars> {
        let index = id.0.checked_sub(self.tables.first)? as usize;
        let at =
            word(self.bytes[self.record_offsets.clone()].get(index * 4..index * 4 + 4)?) as usize;
        let mut reader = Reader {
            bytes: self.bytes[self.records.clone()].get(at..)?,
            file: self.file,
            text_length: self.text_length,
        };
        let with = match reader.byte()? {
            0 => false,
            1 => true,
            // NOT_RECORDED, or bytes that hold no record.
            _ => return None,
        };
        let count = reader.count()?;
        let mut locals = Vec::with_capacity(count.min(reader.bytes.len()));
        for _ in 0..count {
            let up = u32::try_from(reader.number()?).ok()?;
            let slot = u32::try_from(reader.number()?).ok()?;
            locals.push((up, slot));
        }
        Some(FreeVars { locals, with })
    }

    /// The span of the expression `id` of this file (which the arena asks only for its
    /// own).
    pub fn span(&self, id: ExprId) -> Span {
        let at = (id.0 - self.tables.first) as usize * 8;
        let at = self.spans.start + at;
        let pair = &self.bytes[at..at + 8];
        Span::new(self.file, word(&pair[..4]), word(&pair[4..]))
    }
}

/// An expression as far as making a thunk of it needs: a number, a literal string or a
/// variable is its value, anything else is evaluated when forced. Read from the bytes
/// of a prepared expression not yet decoded ([`Lazy::peek`]), or of an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Peek {
    Int(i64),
    Float(f64),
    Literal(Rc<str>),
    Local { up: u32, slot: u32 },
    Other,
}

impl Peek {
    #[inline]
    pub fn of(expr: &Expr) -> Peek {
        match expr {
            Expr::Int(i) => Peek::Int(*i),
            Expr::Float(f) => Peek::Float(*f),
            Expr::Str(parts) => match &parts[..] {
                [StrPart::Literal(text)] => Peek::Literal(text.clone()),
                _ => Peek::Other,
            },
            Expr::Local { up, slot, .. } => Peek::Local {
                up: *up,
                slot: *slot,
            },
            _ => Peek::Other,
        }
    }
}

/// The record of an expression whose free variables were not written.
const NOT_RECORDED: u8 = 2;

// Expression tags.
const MISSING: u8 = 0;
const CUR_POS: u8 = 1;
const INT: u8 = 2;
const FLOAT: u8 = 3;
const STR: u8 = 4;
const PATH: u8 = 5;
const LOCAL: u8 = 6;
const WITH_VAR: u8 = 7;
const GLOBAL: u8 = 8;
const SELECT: u8 = 9;
const HAS_ATTR: u8 = 10;
const ATTRS: u8 = 11;
const LIST: u8 = 12;
const LAMBDA: u8 = 13;
const APPLY: u8 = 14;
const IF: u8 = 15;
const LET: u8 = 16;
const WITH: u8 = 17;
const ASSERT: u8 = 18;
const UNARY: u8 = 19;
const BINARY: u8 = 20;
const INHERIT_FROM: u8 = 21;

const UNARY_OPS: [UnaryOp; 2] = [UnaryOp::Not, UnaryOp::Negate];
const BINARY_OPS: [BinaryOp; 17] = [
    BinaryOp::Concat,
    BinaryOp::Update,
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Mul,
    BinaryOp::Div,
    BinaryOp::And,
    BinaryOp::Or,
    BinaryOp::Implication,
    BinaryOp::Equal,
    BinaryOp::NotEqual,
    BinaryOp::Less,
    BinaryOp::LessOrEqual,
    BinaryOp::Greater,
    BinaryOp::GreaterOrEqual,
    BinaryOp::PipeRight,
    BinaryOp::PipeLeft,
];

/// The code of `op`: its index in [`UNARY_OPS`].
fn unary_code(op: UnaryOp) -> u8 {
    match op {
        UnaryOp::Not => 0,
        UnaryOp::Negate => 1,
    }
}

/// The code of `op`: its index in [`BINARY_OPS`].
fn binary_code(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Concat => 0,
        BinaryOp::Update => 1,
        BinaryOp::Add => 2,
        BinaryOp::Sub => 3,
        BinaryOp::Mul => 4,
        BinaryOp::Div => 5,
        BinaryOp::And => 6,
        BinaryOp::Or => 7,
        BinaryOp::Implication => 8,
        BinaryOp::Equal => 9,
        BinaryOp::NotEqual => 10,
        BinaryOp::Less => 11,
        BinaryOp::LessOrEqual => 12,
        BinaryOp::Greater => 13,
        BinaryOp::GreaterOrEqual => 14,
        BinaryOp::PipeRight => 15,
        BinaryOp::PipeLeft => 16,
    }
}

#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
    // The tables, filled while expressions are written: the expressions' writer is handed
    // the header's as `tables`.
    names: Vec<Name>,
    name_index: FxHashMap<Name, u64>,
    globals: Vec<u64>,
    strings: Vec<Rc<str>>,
    string_index: FxHashMap<Rc<str>, u64>,
}

impl Writer {
    fn number(&mut self, mut value: u64) {
        loop {
            let low = (value & 0x7F) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// A table of texts read by index: their count, where each starts (a little-endian
    /// `u32` each), the length of them all, then the texts one after another.
    fn table<'t>(&mut self, texts: impl ExactSizeIterator<Item = &'t str> + Clone) {
        self.number(texts.len() as u64);
        let mut start = 0u32;
        for text in texts.clone() {
            self.bytes.extend_from_slice(&start.to_le_bytes());
            start += text.len() as u32;
        }
        self.number(u64::from(start));
        for text in texts {
            self.bytes.extend_from_slice(text.as_bytes());
        }
    }

    fn name(&mut self, name: &Name) -> u64 {
        if let Some(index) = self.name_index.get(name) {
            return *index;
        }
        let index = self.names.len() as u64;
        self.names.push(name.clone());
        self.name_index.insert(name.clone(), index);
        index
    }

    fn string(&mut self, string: &Rc<str>) -> u64 {
        if let Some(index) = self.string_index.get(string) {
            return *index;
        }
        let index = self.strings.len() as u64;
        self.strings.push(string.clone());
        self.string_index.insert(string.clone(), index);
        index
    }

    fn id(&mut self, id: ExprId, first: ExprId) {
        self.number(u64::from(id.0 - first.0));
    }

    fn optional_id(&mut self, id: Option<ExprId>, first: ExprId) {
        match id {
            Some(id) => self.number(u64::from(id.0 - first.0) + 1),
            None => self.number(0),
        }
    }

    fn span(&mut self, span: Span) {
        self.number(u64::from(span.start));
        self.number(u64::from(span.end));
    }

    fn parts(&mut self, parts: &[StrPart], first: ExprId, tables: &mut Writer) {
        self.number(parts.len() as u64);
        for part in parts {
            match part {
                StrPart::Literal(text) => {
                    self.number(0);
                    let index = tables.string(text);
                    self.number(index);
                }
                StrPart::Interpolation(id) => {
                    self.number(1);
                    self.id(*id, first);
                }
            }
        }
    }

    fn keys(&mut self, keys: &[AttrKey], first: ExprId, tables: &mut Writer) {
        self.number(keys.len() as u64);
        for key in keys {
            match key {
                AttrKey::Static(name) => {
                    self.number(0);
                    let index = tables.name(name);
                    self.number(index);
                }
                AttrKey::Dynamic(id) => {
                    self.number(1);
                    self.id(*id, first);
                }
            }
        }
    }

    fn expr(&mut self, expr: &Expr, first: ExprId, tables: &mut Writer) {
        match expr {
            Expr::Missing => self.bytes.push(MISSING),
            Expr::CurPos => self.bytes.push(CUR_POS),
            Expr::Int(value) => {
                self.bytes.push(INT);
                self.bytes.extend_from_slice(&value.to_le_bytes());
            }
            Expr::Float(value) => {
                self.bytes.push(FLOAT);
                self.bytes.extend_from_slice(&value.to_bits().to_le_bytes());
            }
            Expr::Str(parts) => {
                self.bytes.push(STR);
                self.parts(parts, first, tables);
            }
            Expr::Path { base, parts } => {
                self.bytes.push(PATH);
                let base = tables.string(base);
                self.number(base);
                self.parts(parts, first, tables);
            }
            Expr::Local { name, up, slot } => {
                self.bytes.push(LOCAL);
                let name = tables.name(name);
                self.number(name);
                self.number(u64::from(*up));
                self.number(u64::from(*slot));
            }
            Expr::WithVar { name } => {
                self.bytes.push(WITH_VAR);
                let name = tables.name(name);
                self.number(name);
            }
            Expr::Global { name } => {
                self.bytes.push(GLOBAL);
                let index = tables.name(name);
                if !tables.globals.contains(&index) {
                    tables.globals.push(index);
                }
                self.number(index);
            }
            Expr::Select { set, path, default } => {
                self.bytes.push(SELECT);
                self.id(*set, first);
                self.keys(path, first, tables);
                self.optional_id(*default, first);
            }
            Expr::HasAttr { set, path } => {
                self.bytes.push(HAS_ATTR);
                self.id(*set, first);
                self.keys(path, first, tables);
            }
            Expr::Attrs(attrs) => {
                self.bytes.push(ATTRS);
                self.number(u64::from(attrs.recursive));
                self.number(attrs.entries.len() as u64);
                for entry in &attrs.entries {
                    let name = tables.name(&entry.name);
                    self.number(name);
                    self.id(entry.value, first);
                    self.span(entry.key_span);
                }
                // The name order, found once here rather than at every run's decode.
                match &attrs.order {
                    None => self.number(0),
                    Some(order) => {
                        self.number(1);
                        for index in order.iter() {
                            self.number(u64::from(*index));
                        }
                    }
                }
                self.number(attrs.dynamic.len() as u64);
                for entry in &attrs.dynamic {
                    self.id(entry.key, first);
                    self.id(entry.value, first);
                    self.span(entry.key_span);
                }
            }
            Expr::List(items) => {
                self.bytes.push(LIST);
                self.number(items.len() as u64);
                for item in items.iter() {
                    self.id(*item, first);
                }
            }
            Expr::Lambda(lambda) => {
                self.bytes.push(LAMBDA);
                match &lambda.param {
                    Param::Ident(name) => {
                        self.number(0);
                        let name = tables.name(name);
                        self.number(name);
                    }
                    Param::Formals {
                        formals,
                        ellipsis,
                        bind,
                    } => {
                        self.number(1);
                        self.number(formals.len() as u64);
                        for formal in formals {
                            let name = tables.name(&formal.name);
                            self.number(name);
                            self.span(formal.span);
                            self.optional_id(formal.default, first);
                        }
                        self.number(u64::from(*ellipsis));
                        match bind {
                            Some(bind) => {
                                let bind = tables.name(bind);
                                self.number(bind + 1);
                            }
                            None => self.number(0),
                        }
                    }
                }
                self.id(lambda.body, first);
                self.number(u64::from(lambda.frame_size));
            }
            Expr::Apply { function, argument } => {
                self.bytes.push(APPLY);
                self.id(*function, first);
                self.id(*argument, first);
            }
            Expr::If {
                condition,
                then,
                otherwise,
            } => {
                self.bytes.push(IF);
                self.id(*condition, first);
                self.id(*then, first);
                self.id(*otherwise, first);
            }
            Expr::Let { bindings, body } => {
                self.bytes.push(LET);
                self.number(bindings.len() as u64);
                for binding in bindings.iter() {
                    self.id(*binding, first);
                }
                self.id(*body, first);
            }
            Expr::With { namespace, body } => {
                self.bytes.push(WITH);
                self.id(*namespace, first);
                self.id(*body, first);
            }
            Expr::Assert { condition, body } => {
                self.bytes.push(ASSERT);
                self.id(*condition, first);
                self.id(*body, first);
            }
            Expr::Unary { op, operand } => {
                self.bytes.push(UNARY);
                self.bytes.push(unary_code(*op));
                self.id(*operand, first);
            }
            Expr::Binary { op, left, right } => {
                self.bytes.push(BINARY);
                self.bytes.push(binary_code(*op));
                self.id(*left, first);
                self.id(*right, first);
            }
            Expr::InheritFrom { from, name } => {
                self.bytes.push(INHERIT_FROM);
                self.id(*from, first);
                let name = tables.name(name);
                self.number(name);
            }
        }
    }
}

/// What expressions refer to while they are read: the tables, and where the file's
/// expressions start in the arena.
#[derive(Debug)]
struct Tables {
    names: Table<Name>,
    strings: Table<Rc<str>>,
    first: u32,
    count: u32,
}

impl Tables {
    fn name(&self, index: usize) -> Option<Name> {
        self.names.get(index, Name::new)
    }

    fn string(&self, index: usize) -> Option<Rc<str>> {
        self.strings.get(index, |text| Rc::from(text))
    }
}

/// A table of texts (see [`Writer::table`]), each made into a `T` the first time it is
/// read.
#[derive(Debug)]
struct Table<T> {
    /// Where each text starts in `texts`, four bytes each.
    starts: Range<usize>,
    /// The texts one after another, checked to be UTF-8 once for the whole table.
    texts: Texts,
    made: Vec<std::cell::OnceCell<T>>,
    /// The bytes `starts` is in.
    bytes: Bytes,
}

/// A table's texts: in the binary for ncc's own files, else a copy of them.
#[derive(Debug)]
enum Texts {
    Embedded(&'static str),
    Copied(Box<str>),
}

impl Texts {
    fn of(region: Range<usize>, bytes: &Bytes) -> Option<Texts> {
        Some(match bytes {
            Bytes::Embedded(all) => Texts::Embedded(std::str::from_utf8(all.get(region)?).ok()?),
            Bytes::Shared(all) => Texts::Copied(std::str::from_utf8(all.get(region)?).ok()?.into()),
        })
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Texts::Embedded(texts) => texts,
            Texts::Copied(texts) => texts,
        }
    }
}

impl<T: Clone> Table<T> {
    #[inline]
    fn text(&self, index: usize) -> Option<&str> {
        let (starts, texts) = (&self.starts, &self.texts);
        let at = starts.start + index.checked_mul(4)?;
        if at + 4 > starts.end {
            return None;
        }
        let texts = texts.as_str();
        let start = word(&self.bytes[at..at + 4]) as usize;
        let end = match at + 8 <= starts.end {
            true => word(&self.bytes[at + 4..at + 8]) as usize,
            false => texts.len(),
        };
        // Not on a character's boundary only where the table is damaged.
        texts.get(start..end)
    }

    fn get(&self, index: usize, make: impl FnOnce(&str) -> T) -> Option<T> {
        let made = self.made.get(index)?;
        if let Some(value) = made.get() {
            return Some(value.clone());
        }
        let text = self.text(index)?;
        Some(made.get_or_init(|| make(text)).clone())
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    /// The file every span is in.
    file: FileId,
    text_length: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(*first)
    }

    fn take(&mut self, length: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < length {
            return None;
        }
        let (taken, rest) = self.bytes.split_at(length);
        self.bytes = rest;
        Some(taken)
    }

    fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        let mut shift = 0u32;
        loop {
            let part = self.byte()?;
            value |= u64::from(part & 0x7F).checked_shl(shift)?;
            if part & 0x80 == 0 {
                return Some(value);
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
    }

    fn count(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.number()?).ok()
    }

    /// A table of texts written by [`Writer::table`]; its starts must rise and end
    /// within its texts.
    fn table<T>(&mut self, whole: &[u8], bytes: &Bytes) -> Option<Table<T>> {
        let count = self.count()?;
        let starts = self.take(count.checked_mul(4)?)?;
        let length = self.count()?;
        let texts = self.take(length)?;
        let mut previous = 0;
        for start in starts.chunks_exact(4).map(word) {
            if start < previous || start as usize > texts.len() {
                return None;
            }
            previous = start;
        }
        let mut made = Vec::with_capacity(count);
        made.resize_with(count, Default::default);
        Some(Table {
            starts: range_in(whole, starts),
            texts: Texts::of(range_in(whole, texts), bytes)?,
            made,
            bytes: bytes.clone(),
        })
    }

    fn id(&mut self, tables: &Tables) -> Option<ExprId> {
        let relative = self.u32()?;
        (relative < tables.count).then_some(ExprId(tables.first + relative))
    }

    fn optional_id(&mut self, tables: &Tables) -> Option<Option<ExprId>> {
        match self.u32()? {
            0 => Some(None),
            shifted => {
                let relative = shifted - 1;
                (relative < tables.count).then_some(Some(ExprId(tables.first + relative)))
            }
        }
    }

    fn name(&mut self, tables: &Tables) -> Option<Name> {
        let index = self.count()?;
        tables.name(index)
    }

    fn span(&mut self) -> Option<Span> {
        let start = self.u32()?;
        let end = self.u32()?;
        (start <= end && end as usize <= self.text_length).then(|| Span::new(self.file, start, end))
    }

    /// `count` spans, each its start and end as little-endian `u32`s.
    /// The spans of `count` expressions, each inside the text.
    fn spans(&mut self, count: usize) -> Option<&'a [u8]> {
        let raw = self.take(count.checked_mul(8)?)?;
        raw.chunks_exact(8)
            .all(|pair| {
                let (start, end) = (word(&pair[..4]), word(&pair[4..]));
                start <= end && end as usize <= self.text_length
            })
            .then_some(raw)
    }

    fn parts(&mut self, tables: &Tables) -> Option<Vec<StrPart>> {
        let count = self.count()?;
        let mut parts = Vec::with_capacity(count.min(self.bytes.len()));
        for _ in 0..count {
            parts.push(match self.byte()? {
                0 => {
                    let index = self.count()?;
                    StrPart::Literal(tables.string(index)?)
                }
                1 => StrPart::Interpolation(self.id(tables)?),
                _ => return None,
            });
        }
        Some(parts)
    }

    fn keys(&mut self, tables: &Tables) -> Option<Box<[AttrKey]>> {
        let count = self.count()?;
        let mut keys = Vec::with_capacity(count.min(self.bytes.len()));
        for _ in 0..count {
            keys.push(match self.byte()? {
                0 => AttrKey::Static(self.name(tables)?),
                1 => AttrKey::Dynamic(self.id(tables)?),
                _ => return None,
            });
        }
        Some(keys.into_boxed_slice())
    }

    fn ids(&mut self, tables: &Tables) -> Option<Box<[ExprId]>> {
        let count = self.count()?;
        let mut ids = Vec::with_capacity(count.min(self.bytes.len()));
        for _ in 0..count {
            ids.push(self.id(tables)?);
        }
        Some(ids.into_boxed_slice())
    }

    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn expr(&mut self, tables: &Tables) -> Option<Expr> {
        Some(match self.byte()? {
            MISSING => Expr::Missing,
            CUR_POS => Expr::CurPos,
            INT => Expr::Int(i64::from_le_bytes(self.take(8)?.try_into().ok()?)),
            FLOAT => Expr::Float(f64::from_bits(u64::from_le_bytes(
                self.take(8)?.try_into().ok()?,
            ))),
            STR => Expr::Str(self.parts(tables)?),
            PATH => {
                let base = tables.string(self.count()?)?;
                Expr::Path {
                    base,
                    parts: self.parts(tables)?,
                }
            }
            LOCAL => Expr::Local {
                name: self.name(tables)?,
                up: self.u32()?,
                slot: self.u32()?,
            },
            WITH_VAR => Expr::WithVar {
                name: self.name(tables)?,
            },
            GLOBAL => Expr::Global {
                name: self.name(tables)?,
            },
            SELECT => Expr::Select {
                set: self.id(tables)?,
                path: self.keys(tables)?,
                default: self.optional_id(tables)?,
            },
            HAS_ATTR => Expr::HasAttr {
                set: self.id(tables)?,
                path: self.keys(tables)?,
            },
            ATTRS => {
                let recursive = self.flag()?;
                let count = self.count()?;
                let mut entries = Vec::with_capacity(count.min(self.bytes.len()));
                for _ in 0..count {
                    entries.push(AttrEntryExpr {
                        name: self.name(tables)?,
                        value: self.id(tables)?,
                        key_span: self.span()?,
                    });
                }
                let order = match self.flag()? {
                    false => None,
                    true => {
                        let mut order = Vec::with_capacity(count);
                        for _ in 0..count {
                            order.push(self.u32()?);
                        }
                        // A permutation of the entries, or no expression.
                        let mut seen = vec![false; count];
                        for index in &order {
                            let seen = seen.get_mut(*index as usize)?;
                            if std::mem::replace(seen, true) {
                                return None;
                            }
                        }
                        Some(order.into_boxed_slice())
                    }
                };
                let count = self.count()?;
                let mut dynamic = Vec::with_capacity(count.min(self.bytes.len()));
                for _ in 0..count {
                    dynamic.push(DynamicEntry {
                        key: self.id(tables)?,
                        value: self.id(tables)?,
                        key_span: self.span()?,
                    });
                }
                Expr::Attrs(Box::new(AttrsExpr::with_order(
                    recursive, entries, dynamic, order,
                )))
            }
            LIST => Expr::List(self.ids(tables)?),
            LAMBDA => {
                let param = match self.byte()? {
                    0 => Param::Ident(self.name(tables)?),
                    1 => {
                        let count = self.count()?;
                        let mut formals = Vec::with_capacity(count.min(self.bytes.len()));
                        for _ in 0..count {
                            formals.push(Formal {
                                name: self.name(tables)?,
                                span: self.span()?,
                                default: self.optional_id(tables)?,
                            });
                        }
                        let ellipsis = self.flag()?;
                        let bind = match self.count()? {
                            0 => None,
                            shifted => Some(tables.name(shifted - 1)?),
                        };
                        Param::Formals {
                            formals,
                            ellipsis,
                            bind,
                        }
                    }
                    _ => return None,
                };
                Expr::Lambda(Rc::new(LambdaExpr {
                    param,
                    body: self.id(tables)?,
                    frame_size: self.u32()?,
                }))
            }
            APPLY => Expr::Apply {
                function: self.id(tables)?,
                argument: self.id(tables)?,
            },
            IF => Expr::If {
                condition: self.id(tables)?,
                then: self.id(tables)?,
                otherwise: self.id(tables)?,
            },
            LET => Expr::Let {
                bindings: self.ids(tables)?,
                body: self.id(tables)?,
            },
            WITH => Expr::With {
                namespace: self.id(tables)?,
                body: self.id(tables)?,
            },
            ASSERT => Expr::Assert {
                condition: self.id(tables)?,
                body: self.id(tables)?,
            },
            UNARY => Expr::Unary {
                op: *UNARY_OPS.get(usize::from(self.byte()?))?,
                operand: self.id(tables)?,
            },
            BINARY => Expr::Binary {
                op: *BINARY_OPS.get(usize::from(self.byte()?))?,
                left: self.id(tables)?,
                right: self.id(tables)?,
            },
            INHERIT_FROM => Expr::InheritFrom {
                from: self.id(tables)?,
                name: self.name(tables)?,
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"let f = { a, b ? 2, ... }@args: a + b; g = x: -x; in
rec { c = f { a = 1; }; d = [ 1.5 "s${toString c}" (g 3) ]; e = d.${"x"} or null;
  h = if c > 2 then builtins.length d else assert true; !false; inherit (d) i; p = /a/b; q = "t"; }"#;

    /// `TEXT` lowered at `first` in an arena, with `map`, `toString`, `builtins` as globals.
    fn lowered(ir: &mut Ir) -> Body {
        let parsed = crate::syntax::parse(TEXT);
        let (body, diagnostics) =
            crate::lower::lower(&parsed.root, FileId::new(3), "/", ir, &|name| {
                matches!(name, "toString" | "builtins" | "true" | "false" | "null")
            });
        assert!(diagnostics.is_empty());
        body
    }

    /// An arena holding `count` expressions of another file.
    fn arena_of(count: usize) -> Ir {
        let mut ir = Ir::default();
        for _ in 0..count {
            ir.alloc(Expr::Missing, Span::nowhere());
        }
        ir
    }

    #[test]
    fn decodes_what_it_encodes_after_other_expressions() {
        let mut ir = arena_of(5);
        let body = lowered(&mut ir);
        let bytes: &'static [u8] = encode(&ir, ExprId(5), body, TEXT).leak();
        // Into an arena holding other expressions: the file's expressions are numbered
        // apart from those lowered in the run, and every id moves with the file.
        let mut other = arena_of(5);
        let replayed = decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut other,
            FileId::new(3),
            &|_| true,
        )
        .expect("decodes");
        let first = replayed.root.0 - (body.root.0 - 5);
        assert_eq!(
            Some(ExprId(first)),
            Ir::default().next_prepared_id(1, false)
        );
        assert_eq!(other.len(), ir.len());
        for index in 0..ir.len() as u32 - 5 {
            let (want, got) = (ExprId(5 + index), ExprId(first + index));
            assert_eq!(other.shown_from(got, first), ir.shown_from(want, 5));
            assert_eq!(other.span(got), ir.span(want));
            assert_eq!(other.lambda_name(got), ir.lambda_name(want));
            assert_eq!(
                other.carried_free_vars(got).as_ref(),
                Some(&*ir.free_vars(want))
            );
        }
        assert!((5..ir.len() as u32).any(|index| ir.lambda_name(ExprId(index)).is_some()));
        // Expressions lowered after it are numbered on from those lowered before it.
        let after = other.alloc(Expr::Missing, Span::nowhere());
        assert_eq!(after, ExprId(5));
        assert_eq!(other.len(), ir.len() + 1);
    }

    /// One of ncc's own files loaded again on a thread, at the same ids, takes the
    /// expressions decoded the first time; at another file id, or where its globals are
    /// not globals, it is decoded (or refused) as if for the first time.
    #[test]
    fn an_embedded_file_is_decoded_once_per_thread_at_the_same_ids() {
        let mut ir = arena_of(5);
        let body = lowered(&mut ir);
        let bytes: &'static [u8] = encode(&ir, ExprId(5), body, TEXT).leak();
        let load = |ir: &mut Ir, file: u32, global: &dyn Fn(&str) -> bool| {
            decode_embedded(bytes, TEXT, ir, FileId::new(file), global)
        };
        let is_global =
            |name: &str| matches!(name, "toString" | "builtins" | "true" | "false" | "null");
        let (mut first, mut again, mut elsewhere) = (arena_of(2), arena_of(7), Ir::default());
        let root = load(&mut first, 3, &is_global).expect("decodes").root;
        let decoded = first.expr_rc(root);
        assert_eq!(load(&mut again, 3, &is_global).map(|b| b.root), Some(root));
        assert!(Rc::ptr_eq(&again.expr_rc(root), &decoded));
        assert_eq!(again.len(), first.len() + 5);
        let named = (0..ir.len() as u32 - 5)
            .map(|index| ExprId(root.0 - (body.root.0 - 5) + index))
            .find(|id| first.lambda_name(*id).is_some())
            .expect("a named lambda");
        assert_eq!(again.lambda_name(named), first.lambda_name(named));
        // Another file id: its spans would name another file.
        assert_eq!(
            load(&mut elsewhere, 4, &is_global).map(|b| b.root),
            Some(root)
        );
        assert!(!Rc::ptr_eq(&elsewhere.expr_rc(root), &decoded));
        assert_eq!(elsewhere.span(root).file, FileId::new(4));
        assert_eq!(elsewhere.shown_from(root, 0), first.shown_from(root, 0));
        // Another prepared file first: its expressions would get other ids.
        let mut later = Ir::default();
        load(&mut later, 4, &is_global).expect("decodes");
        let moved = load(&mut later, 3, &is_global).expect("decodes").root;
        assert_ne!(moved, root);
        assert!(!Rc::ptr_eq(&later.expr_rc(moved), &decoded));
        // A project's prepared file first: ncc's own files are numbered apart from it.
        let mut after_project = Ir::default();
        decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut after_project,
            FileId::new(0),
            &is_global,
        )
        .expect("decodes");
        assert_eq!(
            load(&mut after_project, 3, &is_global).map(|b| b.root),
            Some(root)
        );
        assert!(Rc::ptr_eq(&after_project.expr_rc(root), &decoded));
        // A run where the names it took for globals are not: lowered as any file.
        assert!(load(&mut Ir::default(), 3, &|_| false).is_none());
    }

    /// What a thunk of an expression not yet decoded can be, read from its bytes, is what
    /// the decoded expression says: a number, a literal string of one part, a variable,
    /// or something to evaluate; the second thunk of it decodes it.
    #[test]
    fn peeks_what_decoding_gives() {
        let mut ir = Ir::default();
        let body = lowered(&mut ir);
        let bytes: &'static [u8] = encode(&ir, ExprId(0), body, TEXT).leak();
        let mut arena = Ir::default();
        let root = decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut arena,
            FileId::new(3),
            &|_| true,
        )
        .expect("decodes")
        .root;
        let first = root.0 - body.root.0;
        let mut kinds = std::collections::HashSet::new();
        for index in 0..ir.len() as u32 {
            let id = ExprId(first + index);
            let peeked = arena.thunk_form(id);
            assert!(!arena.is_decoded(id), "peeked the first time");
            let expected = Peek::of(ir.expr(ExprId(index)));
            assert_eq!(peeked, expected, "{}", ir.shown_from(ExprId(index), 0));
            kinds.insert(std::mem::discriminant(&peeked));
            assert_eq!(arena.thunk_form(id), expected);
            assert!(arena.is_decoded(id), "decoded the second time");
        }
        assert_eq!(kinds.len(), 5, "TEXT has every kind");
    }

    /// Past the prepared files an arena can number, a file is not decoded (its caller
    /// lowers it from its tree), and the files before it are unchanged.
    #[test]
    fn an_arena_full_of_prepared_files_refuses_another() {
        let mut ir = Ir::default();
        let body = lowered(&mut ir);
        let bytes: &'static [u8] = encode(&ir, ExprId(0), body, TEXT).leak();
        let mut arena = Ir::default();
        let first = decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut arena,
            FileId::new(0),
            &|_| true,
        )
        .expect("decodes");
        let mut loaded = 1;
        while decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut arena,
            FileId::new(0),
            &|_| true,
        )
        .is_some()
        {
            loaded += 1;
        }
        assert_eq!(loaded, crate::ir::OWN_PREPARED);
        assert_eq!(arena.len(), crate::ir::OWN_PREPARED * ir.len());
        assert_eq!(
            arena.shown_from(first.root, first.root.0 - body.root.0),
            ir.shown_from(body.root, 0)
        );
    }

    #[test]
    fn refuses_another_text_other_globals_and_damage() {
        let mut ir = Ir::default();
        let body = lowered(&mut ir);
        let bytes: &'static [u8] = encode(&ir, ExprId(0), body, TEXT).leak();
        let fresh = || Ir::default();
        assert!(decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut fresh(),
            FileId::new(0),
            &|_| true
        )
        .is_some());
        let other_text = TEXT.replace("1.5", "2.5");
        assert!(decode(
            Bytes::Embedded(bytes),
            &other_text,
            &mut fresh(),
            FileId::new(0),
            &|_| true
        )
        .is_none());
        let without_builtins = |name: &str| name != "builtins";
        assert!(decode(
            Bytes::Embedded(bytes),
            TEXT,
            &mut fresh(),
            FileId::new(0),
            &without_builtins
        )
        .is_none());
        for cut in [0, 8, bytes.len() / 2, bytes.len() - 1] {
            let mut arena = fresh();
            assert!(decode(
                Bytes::Embedded(&bytes[..cut]),
                TEXT,
                &mut arena,
                FileId::new(0),
                &|_| true
            )
            .is_none());
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(decode(
            Bytes::Embedded(longer.leak()),
            TEXT,
            &mut fresh(),
            FileId::new(0),
            &|_| true
        )
        .is_none());
    }

    #[test]
    fn every_operator_has_its_code() {
        for (code, op) in UNARY_OPS.iter().enumerate() {
            assert_eq!(usize::from(unary_code(*op)), code);
        }
        for (code, op) in BINARY_OPS.iter().enumerate() {
            assert_eq!(usize::from(binary_code(*op)), code);
        }
    }
}
