//! ② The lowered form of Nix code: expressions in one arena, addressed by [`ExprId`],
//! each with its span in a separate source map. Variables are already resolved to frame
//! slots; no rowan type appears here.

use std::rc::Rc;

use crate::diagnostic::Span;
use crate::name::Name;

// A path relative to this file, so that build scripts including it with `#[path]` find it.
#[path = "ir/prepared.rs"]
pub mod prepared;

/// Index of an expression in the [`Ir`] arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// Every expression lowered so far, across all files of a run, with their spans.
///
/// Expressions lowered in this run are numbered from 0. A prepared file's are numbered
/// apart, from [`PREPARED`] on (the file's index in the high bits, the expression's in
/// the low ones), and each of them is decoded when first asked for: a run reserves the
/// places of every part of ncc's `lib` it loads and decodes a small part of them, and
/// the arena of lowered expressions never grows (and copies itself) by reservations.
///
/// ncc's own prepared files are numbered apart from a project's, in the order the arena
/// reserves them ([`OWN_PREPARED`]): the hosts of a repository load different numbers of
/// their own files before ncc's `lib`, and still give its files the same ids, so that an
/// evaluator takes the files an earlier one of its thread decoded (see
/// [`prepared::decode_embedded`]).
#[derive(Debug, Default)]
pub struct Ir {
    exprs: Vec<Rc<Expr>>,
    spans: Vec<Span>,
    /// A project's prepared files, in the order they were loaded.
    prepared: Vec<Rc<PreparedFile>>,
    /// ncc's own prepared files, in the order they were loaded, each maybe shared with
    /// the earlier evaluators of the thread (see [`prepared::decode_embedded`]).
    own_prepared: Vec<Rc<PreparedFile>>,
    /// How many expressions the prepared files hold.
    prepared_count: usize,
    /// Lambdas bound to a name (`f = x: ...;`), named in messages as Nix names them.
    lambda_names: crate::name::FxHashMap<ExprId, Name>,
    /// [`Ir::free_vars`] of the expressions asked about so far.
    free_vars: std::cell::RefCell<crate::name::FxHashMap<ExprId, Rc<FreeVars>>>,
}

/// The bit that marks a prepared file's expression id.
const PREPARED: u32 = 1 << 31;
/// The bits of a prepared expression id that number the expression within its file.
const PREPARED_INDEX_BITS: u32 = 20;
/// How many prepared files a run can hold, a project's and ncc's own; past that, a file
/// is lowered from its tree.
const PREPARED_FILES: usize = 1 << (31 - PREPARED_INDEX_BITS);
/// The index of ncc's first own prepared file, the bit that marks them: a project's take
/// those below.
const OWN_PREPARED: usize = PREPARED_FILES / 2;
/// How many places of a prepared file are allocated together, when the first is decoded.
const PLACES: usize = 256;

/// A prepared file and the places of its decoded expressions.
#[derive(Debug)]
pub(crate) struct PreparedFile {
    bytes: prepared::Lazy,
    /// How many expressions it holds.
    count: usize,
    places: Box<[std::cell::OnceCell<Box<Places>>]>,
    /// One bit per expression: whether [`Ir::thunk_form`] has read it once undecoded.
    peeked: Box<[std::cell::Cell<u64>]>,
}

/// The places of [`PLACES`] expressions of a prepared file.
type Places = [std::cell::OnceCell<Rc<Expr>>; PLACES];

/// What an expression reads from the environment it is evaluated in: its value depends
/// on nothing else. Two evaluations of one expression whose free variables hold the
/// same values give the same value, which the module system uses to share option
/// declarations between the evaluations of a submodule.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FreeVars {
    /// `(up, slot)` of every variable bound outside the expression, relative to the
    /// environment the expression is evaluated in, without repeats.
    pub locals: Vec<(u32, u32)>,
    /// Whether it names a variable only a `with` can provide: those are looked up at run
    /// time through every enclosing `with`.
    pub with: bool,
}

impl Ir {
    /// The id the next prepared file's first expression gets, if the arena can hold
    /// `count` more of a prepared file's: one of ncc's `own` files, or a project's.
    pub fn next_prepared_id(&self, count: usize, own: bool) -> Option<ExprId> {
        let (index, end) = match own {
            true => (OWN_PREPARED + self.own_prepared.len(), PREPARED_FILES),
            false => (self.prepared.len(), OWN_PREPARED),
        };
        (index < end && count < 1 << PREPARED_INDEX_BITS)
            .then_some(ExprId(PREPARED | (index as u32) << PREPARED_INDEX_BITS))
    }

    /// Reserves the places of a prepared file's `count` expressions, from
    /// [`Ir::next_prepared_id`] on, decoded from `file` when first asked for.
    pub(crate) fn reserve_prepared(
        &mut self,
        file: prepared::Lazy,
        count: usize,
        own: bool,
    ) -> Rc<PreparedFile> {
        debug_assert_eq!(
            Some(ExprId(file.first())),
            self.next_prepared_id(count, own)
        );
        let file = Rc::new(PreparedFile {
            bytes: file,
            count,
            places: std::iter::repeat_with(Default::default)
                .take(count.div_ceil(PLACES))
                .collect(),
            peeked: std::iter::repeat_with(Default::default)
                .take(count.div_ceil(64))
                .collect(),
        });
        match own {
            true => self.own_prepared.push(file.clone()),
            false => self.prepared.push(file.clone()),
        }
        self.prepared_count += count;
        file
    }

    /// Reserves one of ncc's own prepared files another arena of this thread reserved,
    /// with the expressions it has decoded, when it gets the same ids here: its
    /// expressions name each other by id. `false`, reserving nothing, when they would be
    /// other ids.
    pub(crate) fn reserve_again(&mut self, file: &Rc<PreparedFile>) -> bool {
        if self.next_prepared_id(file.count, true) != Some(ExprId(file.bytes.first())) {
            return false;
        }
        self.own_prepared.push(file.clone());
        self.prepared_count += file.count;
        true
    }

    /// The prepared file of index `file` (see [`prepared_place`]).
    #[inline]
    fn prepared_file(&self, file: usize) -> &PreparedFile {
        self.find_prepared(file)
            .expect("a prepared expression id of this arena")
    }

    /// The prepared file of index `file`, if the arena has reserved it.
    #[inline]
    fn find_prepared(&self, file: usize) -> Option<&PreparedFile> {
        let files = match file & OWN_PREPARED {
            0 => &self.prepared,
            _ => &self.own_prepared,
        };
        files.get(file & !OWN_PREPARED).map(|file| &**file)
    }

    pub fn alloc(&mut self, expr: Expr, span: Span) -> ExprId {
        let id = self.next_id();
        debug_assert!(id.0 < PREPARED, "the arena is full");
        self.exprs.push(Rc::new(expr));
        self.spans.push(span);
        id
    }

    #[inline]
    pub fn expr(&self, id: ExprId) -> &Expr {
        self.slot(id)
    }

    /// A shared handle on the expression, so evaluation can hold it while mutating state.
    #[inline]
    pub fn expr_rc(&self, id: ExprId) -> Rc<Expr> {
        self.slot(id).clone()
    }

    #[inline]
    fn slot(&self, id: ExprId) -> &Rc<Expr> {
        match self.exprs.get(id.0 as usize) {
            Some(expr) => expr,
            None => self.prepared_slot(id),
        }
    }

    /// What a thunk of `id` is made of (see [`prepared::Peek`]). The first time for a
    /// prepared expression not yet decoded, it is read from its bytes without decoding
    /// it; the next time decodes it, once for all the thunks after. A file's every
    /// attribute and argument is made a thunk when its set or call is evaluated, and
    /// many are made once and never forced (lib.nix's hundreds of `inherit`s, the
    /// descriptions of options); one made again (a declaration shared by each
    /// container's evaluation) is decoded.
    #[inline]
    pub fn thunk_form(&self, id: ExprId) -> prepared::Peek {
        if let Some(expr) = self.exprs.get(id.0 as usize) {
            return prepared::Peek::of(expr);
        }
        let (file, index) = prepared_place(id);
        let prepared = self.prepared_file(file);
        let chunk = &prepared.places[index / PLACES];
        if let Some(expr) = chunk.get().and_then(|places| places[index % PLACES].get()) {
            return prepared::Peek::of(expr);
        }
        let bits = &prepared.peeked[index / 64];
        let bit = 1u64 << (index % 64);
        if bits.get() & bit == 0 {
            bits.set(bits.get() | bit);
            if let Some(peeked) = prepared.bytes.peek(id) {
                return peeked;
            }
        }
        prepared::Peek::of(Self::decode_prepared(prepared, chunk, id, index))
    }

    /// Whether the prepared expression `id` has been decoded.
    #[cfg(test)]
    pub(crate) fn is_decoded(&self, id: ExprId) -> bool {
        let (file, index) = prepared_place(id);
        self.prepared_file(file).places[index / PLACES]
            .get()
            .is_some_and(|places| places[index % PLACES].get().is_some())
    }

    /// The prepared expression `id`, decoded into its place when first asked for.
    #[inline]
    fn prepared_slot(&self, id: ExprId) -> &Rc<Expr> {
        let (file, index) = prepared_place(id);
        let file = self.prepared_file(file);
        let chunk = &file.places[index / PLACES];
        if let Some(expr) = chunk.get().and_then(|places| places[index % PLACES].get()) {
            return expr;
        }
        Self::decode_prepared(file, chunk, id, index)
    }

    /// Decodes the prepared expression `id` into its place. Its bytes were checked as a
    /// whole when the file was reserved; should they still not hold an expression, it is
    /// a missing one, which evaluates to an error.
    #[cold]
    #[inline(never)]
    fn decode_prepared<'a>(
        file: &'a PreparedFile,
        chunk: &'a std::cell::OnceCell<Box<Places>>,
        id: ExprId,
        index: usize,
    ) -> &'a Rc<Expr> {
        let places = chunk.get_or_init(|| Box::new(std::array::from_fn(|_| Default::default())));
        places[index % PLACES].get_or_init(|| {
            let expr = file.bytes.expr(id);
            debug_assert!(
                expr.is_some(),
                "the prepared expression {id:?} does not decode"
            );
            Rc::new(expr.unwrap_or(Expr::Missing))
        })
    }

    /// Names the prepared lambda `id` without decoding it: the encoder names lambdas only.
    pub fn name_prepared_lambda(&mut self, id: ExprId, name: Name) {
        self.lambda_names.insert(id, name);
    }

    pub fn set_lambda_name(&mut self, id: ExprId, name: Name) {
        if matches!(self.expr(id), Expr::Lambda(_)) {
            self.lambda_names.insert(id, name);
        }
    }

    pub fn lambda_name(&self, id: ExprId) -> Option<&Name> {
        self.lambda_names.get(&id)
    }

    /// The variables `id` reads from outside itself (computed once per expression; a
    /// prepared file carries them, found by its build script).
    pub fn free_vars(&self, id: ExprId) -> Rc<FreeVars> {
        if let Some(found) = self.free_vars.borrow().get(&id) {
            return found.clone();
        }
        let found = Rc::new(self.carried_free_vars(id).unwrap_or_else(|| {
            let mut found = FreeVars::default();
            self.collect_free(id, 0, &mut found);
            found
        }));
        self.free_vars.borrow_mut().insert(id, found.clone());
        found
    }

    /// The free variables of `id` as its prepared file carries them; `None` for an
    /// expression lowered in this run.
    pub fn carried_free_vars(&self, id: ExprId) -> Option<FreeVars> {
        if (id.0 as usize) < self.exprs.len() {
            return None;
        }
        let (file, _) = prepared_place(id);
        self.find_prepared(file)?.bytes.free_vars(id)
    }

    /// Adds the free variables of `id`, which sits `depth` scopes inside the expression
    /// being analysed, to `out`. Scopes are counted as the evaluator creates frames: one
    /// for `let`, `rec { }`, a lambda and a `with`.
    fn collect_free(&self, id: ExprId, depth: u32, out: &mut FreeVars) {
        let key = |key: &AttrKey, out: &mut FreeVars| {
            if let AttrKey::Dynamic(e) = key {
                self.collect_free(*e, depth, out);
            }
        };
        let parts = |parts: &[StrPart], out: &mut FreeVars| {
            for part in parts {
                if let StrPart::Interpolation(e) = part {
                    self.collect_free(*e, depth, out);
                }
            }
        };
        match self.expr(id) {
            Expr::Missing | Expr::CurPos | Expr::Int(_) | Expr::Float(_) | Expr::Global { .. } => {}
            Expr::Str(p) | Expr::Path { parts: p, .. } => parts(p, out),
            Expr::Local { up, slot, .. } => {
                if *up >= depth {
                    let free = (*up - depth, *slot);
                    if !out.locals.contains(&free) {
                        out.locals.push(free);
                    }
                }
            }
            Expr::WithVar { .. } => out.with = true,
            Expr::Select { set, path, default } => {
                self.collect_free(*set, depth, out);
                for k in path.iter() {
                    key(k, out);
                }
                if let Some(d) = default {
                    self.collect_free(*d, depth, out);
                }
            }
            Expr::HasAttr { set, path } => {
                self.collect_free(*set, depth, out);
                for k in path.iter() {
                    key(k, out);
                }
            }
            Expr::Attrs(attrs) => {
                let inner = depth + u32::from(attrs.recursive);
                for entry in &attrs.entries {
                    self.collect_free(entry.value, inner, out);
                }
                for entry in &attrs.dynamic {
                    self.collect_free(entry.key, inner, out);
                    self.collect_free(entry.value, inner, out);
                }
            }
            Expr::List(items) => {
                for item in items.iter() {
                    self.collect_free(*item, depth, out);
                }
            }
            Expr::Lambda(lambda) => {
                if let Param::Formals { formals, .. } = &lambda.param {
                    for formal in formals {
                        if let Some(d) = formal.default {
                            self.collect_free(d, depth + 1, out);
                        }
                    }
                }
                self.collect_free(lambda.body, depth + 1, out);
            }
            Expr::Apply { function, argument } => {
                self.collect_free(*function, depth, out);
                self.collect_free(*argument, depth, out);
            }
            Expr::If {
                condition,
                then,
                otherwise,
            } => {
                self.collect_free(*condition, depth, out);
                self.collect_free(*then, depth, out);
                self.collect_free(*otherwise, depth, out);
            }
            Expr::Let { bindings, body } => {
                for binding in bindings.iter() {
                    self.collect_free(*binding, depth + 1, out);
                }
                self.collect_free(*body, depth + 1, out);
            }
            Expr::With { namespace, body } => {
                self.collect_free(*namespace, depth, out);
                self.collect_free(*body, depth + 1, out);
            }
            Expr::Assert { condition, body } => {
                self.collect_free(*condition, depth, out);
                self.collect_free(*body, depth, out);
            }
            Expr::Unary { operand, .. } => self.collect_free(*operand, depth, out),
            Expr::Binary { left, right, .. } => {
                self.collect_free(*left, depth, out);
                self.collect_free(*right, depth, out);
            }
            Expr::InheritFrom { from, .. } => self.collect_free(*from, depth, out),
        }
    }

    #[inline]
    pub fn span(&self, id: ExprId) -> Span {
        match self.spans.get(id.0 as usize) {
            Some(span) => *span,
            None => self.prepared_file(prepared_place(id).0).bytes.span(id),
        }
    }

    /// The expression `id` as `Debug` shows it, each id in it counted from `first`: the
    /// same text for one file's expressions wherever the file sits in an arena.
    pub fn shown_from(&self, id: ExprId, first: u32) -> String {
        let shown = format!("{:?}", self.expr(id));
        let mut out = String::with_capacity(shown.len());
        let mut rest = shown.as_str();
        while let Some(at) = rest.find("ExprId(") {
            let (before, after) = rest.split_at(at + "ExprId(".len());
            out.push_str(before);
            let digits = after.find(')').unwrap_or(after.len());
            match after[..digits].parse::<u32>() {
                Ok(number) => out.push_str(&number.wrapping_sub(first).to_string()),
                Err(_) => out.push_str(&after[..digits]),
            }
            rest = &after[digits..];
        }
        out.push_str(rest);
        out
    }

    /// How many expressions the arena holds.
    pub fn len(&self) -> usize {
        self.exprs.len() + self.prepared_count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id the next lowered expression gets.
    pub fn next_id(&self) -> ExprId {
        ExprId(self.exprs.len() as u32)
    }
}

/// The file (its index among the prepared ones) and the place in it of the prepared
/// expression `id`.
fn prepared_place(id: ExprId) -> (usize, usize) {
    let file = (id.0 & !PREPARED) >> PREPARED_INDEX_BITS;
    let index = id.0 & ((1 << PREPARED_INDEX_BITS) - 1);
    (file as usize, index as usize)
}

/// One lowered file: its root expression.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub root: ExprId,
}

/// The global a home path (`~/x`) lowers to, applied to its text: not in `builtins`,
/// and not a variable a file can name (one that writes it is an undefined variable, as
/// in Nix).
pub const HOME_PATH_GLOBAL: &str = "__nccHomePath";

#[derive(Debug, Clone)]
pub enum Expr {
    /// Where the source had an error: evaluates to an already-reported failure.
    Missing,
    /// `__curPos`: the position it is written at, as `{ column; file; line; }`.
    CurPos,
    Int(i64),
    Float(f64),
    Str(Vec<StrPart>),
    /// A path literal; `base` is the directory of the file it appears in.
    Path {
        base: Rc<str>,
        parts: Vec<StrPart>,
    },
    /// A variable bound in an enclosing frame: `up` frames out, then `slot`.
    Local {
        name: Name,
        up: u32,
        slot: u32,
    },
    /// A variable that only a `with` can provide, looked up when evaluated.
    WithVar {
        name: Name,
    },
    /// A builtin global such as `map`, `true` or `builtins`.
    Global {
        name: Name,
    },
    Select {
        set: ExprId,
        path: Box<[AttrKey]>,
        default: Option<ExprId>,
    },
    HasAttr {
        set: ExprId,
        path: Box<[AttrKey]>,
    },
    Attrs(Box<AttrsExpr>),
    List(Box<[ExprId]>),
    Lambda(Rc<LambdaExpr>),
    Apply {
        function: ExprId,
        argument: ExprId,
    },
    If {
        condition: ExprId,
        then: ExprId,
        otherwise: ExprId,
    },
    /// `let`: a new frame of `bindings`, then `body` evaluated in it.
    Let {
        bindings: Box<[ExprId]>,
        body: ExprId,
    },
    With {
        namespace: ExprId,
        body: ExprId,
    },
    Assert {
        condition: ExprId,
        body: ExprId,
    },
    Unary {
        op: UnaryOp,
        operand: ExprId,
    },
    Binary {
        op: BinaryOp,
        left: ExprId,
        right: ExprId,
    },
    /// `a.b.c` under `?`/`or`-free selection inside `inherit (from) name`.
    InheritFrom {
        from: ExprId,
        name: Name,
    },
}

#[derive(Debug, Clone)]
pub enum StrPart {
    Literal(Rc<str>),
    Interpolation(ExprId),
}

#[derive(Debug, Clone)]
pub enum AttrKey {
    Static(Name),
    Dynamic(ExprId),
}

/// An attribute set literal after nested keys are merged.
#[derive(Debug, Clone)]
pub struct AttrsExpr {
    /// `rec { }`: the values are evaluated in a new frame holding `entries` in order.
    pub recursive: bool,
    /// Static attributes, in the order they were first written.
    pub entries: Vec<AttrEntryExpr>,
    /// `${key} = value;` bindings, evaluated at run time, in source order.
    pub dynamic: Vec<DynamicEntry>,
    /// The indices of `entries` in name order, when that is not their order: found once,
    /// when the expression is made, rather than by sorting every set it evaluates to.
    pub order: Option<Box<[u32]>>,
}

impl AttrsExpr {
    pub fn new(recursive: bool, entries: Vec<AttrEntryExpr>, dynamic: Vec<DynamicEntry>) -> Self {
        let sorted = entries.windows(2).all(|pair| pair[0].name <= pair[1].name);
        let order = (!sorted).then(|| {
            let mut order: Vec<u32> = (0..entries.len() as u32).collect();
            order.sort_by(|a, b| entries[*a as usize].name.cmp(&entries[*b as usize].name));
            order.into_boxed_slice()
        });
        AttrsExpr {
            recursive,
            entries,
            dynamic,
            order,
        }
    }

    /// An attribute set whose name order was found when it was written (a prepared
    /// file carries it): `order` as [`AttrsExpr::new`] would find it.
    pub fn with_order(
        recursive: bool,
        entries: Vec<AttrEntryExpr>,
        dynamic: Vec<DynamicEntry>,
        order: Option<Box<[u32]>>,
    ) -> Self {
        debug_assert!(
            order.as_deref().map_or(
                entries.windows(2).all(|pair| pair[0].name <= pair[1].name),
                |order| order
                    .windows(2)
                    .all(|pair| entries[pair[0] as usize].name <= entries[pair[1] as usize].name)
            ),
            "a carried name order is the order of the names"
        );
        AttrsExpr {
            recursive,
            entries,
            dynamic,
            order,
        }
    }
}

#[derive(Debug, Clone)]
pub struct AttrEntryExpr {
    pub name: Name,
    pub value: ExprId,
    /// The span of the key as written (for definition locations).
    pub key_span: Span,
}

#[derive(Debug, Clone)]
pub struct DynamicEntry {
    pub key: ExprId,
    pub value: ExprId,
    pub key_span: Span,
}

#[derive(Debug, Clone)]
pub struct LambdaExpr {
    pub param: Param,
    pub body: ExprId,
    /// Number of slots in the lambda's frame.
    pub frame_size: u32,
}

#[derive(Debug, Clone)]
pub enum Param {
    /// `x: body`, bound in slot 0.
    Ident(Name),
    /// `{ a, b ? d, ... } @ all: body`: formal i is in slot i, `bind` in the last slot.
    Formals {
        formals: Vec<Formal>,
        ellipsis: bool,
        bind: Option<Name>,
    },
}

#[derive(Debug, Clone)]
pub struct Formal {
    pub name: Name,
    /// Where the name is written (`builtins.unsafeGetAttrPos` of `functionArgs`).
    pub span: Span,
    pub default: Option<ExprId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Negate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Concat,
    Update,
    Add,
    Sub,
    Mul,
    Div,
    And,
    Or,
    Implication,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    PipeRight,
    PipeLeft,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body of the innermost lambda of `text` (`a: b: BODY`), lowered.
    fn analyse(text: &str) -> FreeVars {
        let parsed = crate::syntax::parse(text);
        let mut ir = Ir::default();
        let (body, _) = crate::lower::lower(
            &parsed.root,
            crate::diagnostic::FileId::new(0),
            "/",
            &mut ir,
            &|name| name == "map",
        );
        let mut id = body.root;
        while let Expr::Lambda(lambda) = ir.expr(id) {
            id = lambda.body;
        }
        let found = ir.free_vars(id);
        FreeVars {
            locals: found.locals.clone(),
            with: found.with,
        }
    }

    #[test]
    fn free_variables_are_counted_from_the_expression_outwards() {
        // `b` is the innermost frame (0), `a` the one around it (1).
        let found = analyse("a: b: [ a b a ]");
        assert_eq!(found.locals, vec![(1, 0), (0, 0)]);
        assert!(!found.with);
    }

    #[test]
    fn variables_bound_inside_are_not_free() {
        let found = analyse("a: b: let c = a; in rec { d = c; e = d; f = x: x; g = map; }");
        assert_eq!(found.locals, vec![(1, 0)]);
        let found = analyse("a: b: { inherit b; }");
        assert_eq!(found.locals, vec![(0, 0)]);
    }

    #[test]
    fn with_makes_lookups_dynamic() {
        let found = analyse("a: b: with a; c");
        assert_eq!(found.locals, vec![(1, 0)]);
        assert!(found.with);
    }
}
