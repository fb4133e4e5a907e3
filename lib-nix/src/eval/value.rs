//! Values of the lazy evaluator: immutable, shared by reference counting, with thunks
//! that are forced at most once.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::builtins::Builtin;
use crate::eval::error::EvalError;
use crate::eval::Evaluator;
use crate::ir::{ExprId, LambdaExpr};
use crate::name::Name;

pub type EvalResult<T> = Result<T, Box<EvalError>>;

#[derive(Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(Rc<str>),
    Path(Rc<str>),
    Attrs(Rc<Attrs>),
    List(Rc<[Thunk]>),
    Lambda(Rc<Closure>),
    Builtin(Rc<BuiltinApp>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Path(p) => f.write_str(p),
            Value::Attrs(a) => write!(f, "{{ {} attrs }}", a.len()),
            Value::List(l) => write!(f, "[ {} items ]", l.len()),
            Value::Lambda(_) => f.write_str("<LAMBDA>"),
            Value::Builtin(_) => f.write_str("<PRIMOP>"),
        }
    }
}

impl Value {
    pub fn string(text: &str) -> Value {
        Value::String(Rc::from(text))
    }

    /// How Nix names the type in errors ("a set", "an integer", ...).
    pub fn type_phrase(&self) -> String {
        match self {
            Value::Null => "null".to_owned(),
            Value::Bool(_) => "a Boolean".to_owned(),
            Value::Int(_) => "an integer".to_owned(),
            Value::Float(_) => "a float".to_owned(),
            Value::String(_) => "a string".to_owned(),
            Value::Path(_) => "a path".to_owned(),
            Value::Attrs(_) => "a set".to_owned(),
            Value::List(_) => "a list".to_owned(),
            Value::Lambda(_) => "a function".to_owned(),
            Value::Builtin(app) if app.args.is_empty() => {
                format!("the built-in function '{}'", app.builtin.name)
            }
            Value::Builtin(app) => {
                format!(
                    "the partially applied built-in function '{}'",
                    app.builtin.name
                )
            }
        }
    }

    /// `builtins.typeOf`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::Path(_) => "path",
            Value::Attrs(_) => "set",
            Value::List(_) => "list",
            Value::Lambda(_) | Value::Builtin(_) => "lambda",
        }
    }

    pub fn is_function(&self) -> bool {
        matches!(self, Value::Lambda(_) | Value::Builtin(_))
    }

    /// What an opaque value stands for (`pkgs.htop`, an external source), whose type,
    /// attributes and equality ncc cannot know (DESIGN.md §8.3).
    pub fn opaque(&self) -> Option<&str> {
        match self {
            Value::Attrs(attrs) => attrs.placeholder(),
            _ => None,
        }
    }
}

/// A function value: a lambda expression closed over its environment.
pub struct Closure {
    pub expr: ExprId,
    pub lambda: Rc<LambdaExpr>,
    pub env: Rc<Env>,
}

/// A builtin with the arguments it has received so far.
pub struct BuiltinApp {
    pub builtin: &'static Builtin,
    pub args: Vec<Thunk>,
}

/// An attribute set: entries sorted by name, each with where it was defined.
#[derive(Default)]
pub struct Attrs {
    entries: Vec<AttrEntry>,
    /// What few sets are besides their entries: one pointer, so that every other set
    /// (hundreds of thousands in a large fleet) is 32 bytes.
    marks: Option<Box<Marks>>,
}

#[derive(Default, Clone)]
struct Marks {
    /// Set on the `pkgs` stand-in and what is selected from it: the attribute path it
    /// stands for. A missing attribute of a placeholder is another placeholder.
    placeholder: Option<Rc<str>>,
    /// Set on a group of the open world (DESIGN.md §8.2): the option path it stands
    /// for. A missing attribute of an open set is not missing but unknown: some module
    /// ncc does not evaluate may declare it.
    open: Option<Rc<OpenPath>>,
    /// Set on ncc's `lib` and its namespaces: the path it is read at (`lib.strings`). A
    /// missing attribute of it is missing from nixpkgs lib 25.11, and unknown where the
    /// code was written against another release (`Evaluator::library_release`).
    library: Option<LibraryMark>,
    /// Set on a group of the open world: the names only definitions under a `mkIf` give,
    /// which ncc had not decided when it listed the group's names. Whether NixOS has
    /// them (an `attrsOf` leaves out a name all of whose definitions are `mkIf false`)
    /// is unknown until a read decides a condition true.
    undecided_names: Option<Rc<[UndecidedName]>>,
    /// Set on a group of the open world: which of its names no module ncc evaluates
    /// declares. Their values are their definitions merged, where NixOS passes them
    /// through the `apply` of a declaration ncc does not see (`apply = toString` on a
    /// port), so what type they have is not known for certain.
    undeclared: Option<Undeclared>,
    /// Set on what a host reads of a configuration evaluated apart (a container's, see
    /// [`crate::eval::hooks::Hooks::configuration`]): the module it is evaluated from.
    module: Option<Thunk>,
}

/// A name of an open-world group that only definitions under `mkIf`s ncc had not decided
/// give, with those definitions as the group's split made them (each a pushed-down
/// `mkIf`, its condition a thunk not forced then).
#[derive(Clone)]
pub struct UndecidedName {
    pub name: Name,
    pub definitions: Rc<[Thunk]>,
}

/// The names of an open-world group that no module ncc evaluates declares.
#[derive(Clone)]
enum Undeclared {
    /// Every name: a group no module declares (`services.acme-dns.settings.api`).
    All,
    /// These names, beside the declared ones of a declared group (`services`).
    Names(Rc<[crate::name::Name]>),
}

/// Where a set of ncc's `lib` is read, and whether ncc carries it only in part.
#[derive(Clone)]
struct LibraryMark {
    path: Rc<str>,
    /// A namespace ncc carries in part (`lib.licenses`, the licenses configurations
    /// name most): a name it lacks may well be nixpkgs lib 25.11's own.
    part: bool,
}

/// The option path of an open-world group: as given, or its names, shown when a message
/// first needs them (a container's evaluation marks thousands of groups and reads the path
/// of few).
enum OpenPath {
    Shown(String),
    At {
        loc: Box<[crate::name::Name]>,
        shown: std::cell::OnceCell<String>,
        /// Whether the group holds declarations (`options.services`), whose names below
        /// an option are its attributes (`type`, `default`), not options.
        declarations: bool,
    },
}

impl Marks {
    /// Each mark of `first`, else of `second`.
    fn either(first: Option<&Marks>, second: Option<&Marks>) -> Option<Box<Marks>> {
        fn pick<T: Clone>(
            first: Option<&Marks>,
            second: Option<&Marks>,
            mark: fn(&Marks) -> &Option<T>,
        ) -> Option<T> {
            first
                .and_then(|marks| mark(marks).clone())
                .or_else(|| second.and_then(|marks| mark(marks).clone()))
        }
        let placeholder = pick(first, second, |marks| &marks.placeholder);
        let open = pick(first, second, |marks| &marks.open);
        let library = pick(first, second, |marks| &marks.library);
        let undecided_names = pick(first, second, |marks| &marks.undecided_names);
        // A set joined from two (`cfg // { port = 8080; }`) holds values of both: none
        // of its names is said to be an undeclared option's.
        (placeholder.is_some() || open.is_some() || library.is_some()).then(|| {
            Box::new(Marks {
                placeholder,
                open,
                library,
                undecided_names,
                undeclared: None,
                module: None,
            })
        })
    }
}

#[derive(Clone)]
pub struct AttrEntry {
    pub name: Name,
    pub value: Thunk,
    /// Where the attribute was defined: the key as written, if it came from source.
    pub span: Option<Span>,
    /// The span of the value expression, if it came from source.
    pub value_span: Option<Span>,
}

impl AttrEntry {
    /// An attribute the evaluator or the module system makes, written nowhere in source.
    pub fn new(name: &str, value: Thunk) -> AttrEntry {
        AttrEntry {
            name: Name::new(name),
            value,
            span: None,
            value_span: None,
        }
    }
}

impl Attrs {
    /// Builds a set from entries in any order; on duplicate names the last one wins.
    pub fn from_entries(mut entries: Vec<AttrEntry>) -> Attrs {
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let mut deduplicated: Vec<AttrEntry> = Vec::with_capacity(entries.len());
        for entry in entries {
            match deduplicated.last_mut() {
                Some(last) if last.name == entry.name => *last = entry,
                _ => deduplicated.push(entry),
            }
        }
        Attrs {
            entries: deduplicated,
            marks: None,
        }
    }

    /// Builds a set from entries already sorted by name without duplicates.
    pub fn from_sorted(entries: Vec<AttrEntry>) -> Attrs {
        debug_assert!(entries.windows(2).all(|w| w[0].name < w[1].name));
        Attrs {
            entries,
            marks: None,
        }
    }

    /// Marks this set as a package placeholder standing for `path` (`pkgs.htop`).
    pub fn into_placeholder(mut self, path: &str) -> Attrs {
        self.marks.get_or_insert_default().placeholder = Some(Rc::from(path));
        self
    }

    /// This set, standing for an unknown set where `source` does (a placeholder, a group
    /// of the open world): what a builtin makes of such a set has attributes ncc does
    /// not know either.
    pub fn with_marks_of(mut self, source: &Attrs) -> Attrs {
        self.marks = source.marks.clone();
        self
    }

    /// The attribute path a placeholder stands for.
    pub fn placeholder(&self) -> Option<&str> {
        self.marks.as_ref()?.placeholder.as_deref()
    }

    /// Marks this set as the open-world group at option path `path` (`services`).
    pub fn into_open(self, path: &str) -> Attrs {
        self.marked_open(OpenPath::Shown(path.to_owned()))
    }

    /// Marks this set as the open-world group at the option `loc`, shown as
    /// [`crate::modules::show_option`] shows it.
    pub fn into_open_at(self, loc: &[crate::name::Name]) -> Attrs {
        self.marked_open(OpenPath::At {
            loc: loc.into(),
            shown: std::cell::OnceCell::new(),
            declarations: false,
        })
    }

    /// Marks this set as the declared options of the open-world group at `loc`
    /// (`options.services`), as [`Attrs::into_open_at`] marks its `config`.
    pub fn into_open_declarations_at(self, loc: &[crate::name::Name]) -> Attrs {
        self.marked_open(OpenPath::At {
            loc: loc.into(),
            shown: std::cell::OnceCell::new(),
            declarations: true,
        })
    }

    fn marked_open(mut self, path: OpenPath) -> Attrs {
        self.marks.get_or_insert_default().open = Some(Rc::new(path));
        self
    }

    /// The option path of an open-world group.
    pub fn open(&self) -> Option<&str> {
        Some(match self.marks.as_ref()?.open.as_deref()? {
            OpenPath::Shown(path) => path,
            OpenPath::At { loc, shown, .. } => {
                shown.get_or_init(|| crate::modules::show_option(loc))
            }
        })
    }

    /// Marks this set as the configuration evaluated from `module` (see [`Marks::module`]).
    pub fn with_module(mut self, module: Thunk) -> Attrs {
        self.marks.get_or_insert_default().module = Some(module);
        self
    }

    /// The module this set is the configuration of, where it is one evaluated apart.
    pub fn module(&self) -> Option<&Thunk> {
        self.marks.as_ref()?.module.as_ref()
    }

    /// Marks `names` of this open-world group as given only by undecided `mkIf`s (see
    /// [`Marks::undecided_names`]).
    pub fn with_undecided_names(mut self, names: Vec<UndecidedName>) -> Attrs {
        if !names.is_empty() {
            self.marks.get_or_insert_default().undecided_names = Some(Rc::from(names));
        }
        self
    }

    /// The names of this open-world group that only undecided `mkIf`s give, with their
    /// definitions; none for any other set.
    pub fn undecided_names(&self) -> Option<Rc<[UndecidedName]>> {
        self.marks.as_ref()?.undecided_names.clone()
    }

    /// Marks every name of this open-world group as undeclared: its value is its
    /// definitions merged, where NixOS applies a declaration ncc does not see.
    pub fn with_all_names_undeclared(mut self) -> Attrs {
        self.marks.get_or_insert_default().undeclared = Some(Undeclared::All);
        self
    }

    /// Marks `names` of this open-world group as undeclared (see
    /// [`Attrs::with_all_names_undeclared`]).
    pub fn with_undeclared_names(mut self, names: Vec<crate::name::Name>) -> Attrs {
        if !names.is_empty() {
            self.marks.get_or_insert_default().undeclared =
                Some(Undeclared::Names(Rc::from(names)));
        }
        self
    }

    /// The option path of this open-world group, where `name` is one of its names that
    /// no module ncc evaluates declares.
    pub fn undeclared_name(&self, name: &str) -> Option<&str> {
        match self.marks.as_ref()?.undeclared.as_ref()? {
            Undeclared::All => {}
            Undeclared::Names(names) if names.iter().any(|n| n.as_str() == name) => {}
            Undeclared::Names(_) => return None,
        }
        self.open()
    }

    /// `name`, where it is one of the names of this open-world group that only undecided
    /// `mkIf`s give.
    pub fn undecided_name(&self, name: &str) -> Option<UndecidedName> {
        let names = self.marks.as_ref()?.undecided_names.as_ref()?;
        names.iter().find(|n| n.name.as_str() == name).cloned()
    }

    /// Whether this open-world group holds declarations (see
    /// [`Attrs::into_open_declarations_at`]).
    pub fn open_declarations(&self) -> bool {
        matches!(
            self.marks.as_ref().and_then(|marks| marks.open.as_deref()),
            Some(OpenPath::At {
                declarations: true,
                ..
            })
        )
    }

    /// The set `shared` holds, taken out where nothing else holds it, else copied.
    pub fn unshared(shared: Rc<Attrs>) -> Attrs {
        Rc::try_unwrap(shared).unwrap_or_else(|shared| Attrs {
            entries: shared.entries.clone(),
            marks: shared.marks.clone(),
        })
    }

    /// Marks this set as ncc's `lib`, or its namespace read at `path` (`lib.strings`),
    /// which ncc carries whole or, with `part`, in part.
    pub fn into_library(mut self, path: &str, part: bool) -> Attrs {
        self.marks.get_or_insert_default().library = Some(LibraryMark {
            path: Rc::from(path),
            part,
        });
        self
    }

    /// The path of ncc's `lib` or of its namespace this set is.
    pub fn library(&self) -> Option<&str> {
        Some(&self.marks.as_ref()?.library.as_ref()?.path)
    }

    /// Whether this set is a namespace of ncc's `lib` that ncc carries in part.
    pub fn library_part(&self) -> bool {
        self.marks
            .as_ref()
            .and_then(|marks| marks.library.as_ref())
            .is_some_and(|library| library.part)
    }

    pub fn get(&self, name: &str) -> Option<&AttrEntry> {
        let wanted = name.as_bytes();
        self.entries
            .binary_search_by(|entry| {
                crate::name::compare_bytes(entry.name.as_str().as_bytes(), wanted)
            })
            .ok()
            .map(|index| &self.entries[index])
    }

    /// The entries, sorted by name.
    pub fn into_entries(self) -> Vec<AttrEntry> {
        self.entries
    }

    pub fn entries(&self) -> &[AttrEntry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|entry| entry.name.as_str())
    }

    /// Whether it has no attributes and stands for no unknown set (a placeholder or a
    /// group of the open world has attributes ncc does not know).
    pub fn is_plainly_empty(&self) -> bool {
        self.entries.is_empty() && self.placeholder().is_none() && self.open().is_none()
    }

    /// `self // other`, linear in both sizes. A side that stands for an unknown set (the
    /// `pkgs` stand-in, a group of the open world) makes the result one: an attribute
    /// neither side is known to have is unknown, not missing.
    pub fn update(&self, other: &Attrs) -> Attrs {
        let mut merged = Vec::with_capacity(self.len() + other.len());
        let (mut left, mut right) = (
            self.entries.iter().peekable(),
            other.entries.iter().peekable(),
        );
        loop {
            match (left.peek(), right.peek()) {
                (Some(a), Some(b)) => match a.name.cmp(&b.name) {
                    std::cmp::Ordering::Less => merged.push(left.next().cloned().expect("peeked")),
                    std::cmp::Ordering::Greater => {
                        merged.push(right.next().cloned().expect("peeked"))
                    }
                    std::cmp::Ordering::Equal => {
                        left.next();
                        merged.push(right.next().cloned().expect("peeked"));
                    }
                },
                (Some(_), None) => merged.push(left.next().cloned().expect("peeked")),
                (None, Some(_)) => merged.push(right.next().cloned().expect("peeked")),
                (None, None) => break,
            }
        }
        Attrs {
            entries: merged,
            marks: Marks::either(other.marks.as_deref(), self.marks.as_deref()),
        }
    }
}

/// A runtime scope: a frame of slots, or a `with` namespace.
pub struct Env {
    pub parent: Option<Rc<Env>>,
    pub kind: EnvKind,
}

pub enum EnvKind {
    Slots(Box<[Thunk]>),
    /// A frame of one slot (a lambda's parameter `x: ...`), held without a second
    /// allocation: most calls are of such lambdas.
    One(Thunk),
    With(Thunk),
}

impl EnvKind {
    /// The variables of a frame, in slot order; `None` for a `with` scope.
    pub fn slots(&self) -> Option<&[Thunk]> {
        match self {
            EnvKind::Slots(slots) => Some(slots),
            EnvKind::One(slot) => Some(std::slice::from_ref(slot)),
            EnvKind::With(_) => None,
        }
    }
}

impl Env {
    /// The environment a file's expression starts in: no variables of its own.
    pub fn top_level() -> Rc<Env> {
        Rc::new(Env {
            parent: None,
            kind: EnvKind::Slots(Box::new([])),
        })
    }
}

/// A value that may not have been computed yet.
#[derive(Clone)]
pub struct Thunk(pub(crate) Rc<RefCell<ThunkState>>);

/// Rust code that computes a thunk's value when it is first forced.
pub(crate) type NativeThunk = Box<dyn FnOnce(&mut Evaluator) -> EvalResult<Value>>;

/// Rust code that computes a thunk's value and may be run again: kept until it gives one.
pub(crate) type RepeatableThunk = Box<dyn Fn(&mut Evaluator) -> EvalResult<Value>>;

pub(crate) enum ThunkState {
    Done(Value),
    Suspended {
        expr: ExprId,
        env: Rc<Env>,
    },
    Native(NativeThunk),
    /// Like `Native`, but restored when its computation meets infinite recursion, as a
    /// suspended expression is (see [`Thunk::repeatable`]).
    Repeatable(RepeatableThunk),
    /// Being forced right now: forcing it again is infinite recursion.
    Blackhole,
    /// Forcing failed; forcing again fails the same way.
    Failed(Box<EvalError>),
    /// A slot whose expression is set right after its frame is built.
    Uninitialised,
}

impl Thunk {
    pub fn ready(value: Value) -> Thunk {
        Thunk(Rc::new(RefCell::new(ThunkState::Done(value))))
    }

    pub fn suspended(expr: ExprId, env: Rc<Env>) -> Thunk {
        Thunk(Rc::new(RefCell::new(ThunkState::Suspended { expr, env })))
    }

    /// A thunk computed by Rust code when first forced.
    pub fn native(compute: impl FnOnce(&mut Evaluator) -> EvalResult<Value> + 'static) -> Thunk {
        Thunk(Rc::new(RefCell::new(ThunkState::Native(Box::new(compute)))))
    }

    /// A thunk computed by Rust code when first forced that, forced again after its
    /// computation met infinite recursion, computes it again rather than failing: for a
    /// value read while what it needs was still being made (a module argument read while
    /// the options are declared), which Nix reads again once it is made.
    pub fn repeatable(compute: impl Fn(&mut Evaluator) -> EvalResult<Value> + 'static) -> Thunk {
        Thunk(Rc::new(RefCell::new(ThunkState::Repeatable(Box::new(
            compute,
        )))))
    }

    /// A thunk whose computation is set later (a module evaluation's `config`, see
    /// [`Evaluator::next_config_cell`]): forcing it before is infinite recursion.
    pub fn uninitialised() -> Thunk {
        Thunk(Rc::new(RefCell::new(ThunkState::Uninitialised)))
    }

    /// Makes an uninitialised thunk compute its value with `compute` when forced.
    pub(crate) fn set_native(
        &self,
        compute: impl FnOnce(&mut Evaluator) -> EvalResult<Value> + 'static,
    ) {
        *self.0.borrow_mut() = ThunkState::Native(Box::new(compute));
    }

    /// Drops what the thunk holds; forcing it afterwards is an error.
    pub(crate) fn clear(&self) {
        let old = std::mem::replace(&mut *self.0.borrow_mut(), ThunkState::Uninitialised);
        drop(old);
    }

    /// Gives the thunk its value: a cell made [`Thunk::uninitialised`] is filled once what
    /// it stands for is made.
    pub fn set_value(&self, value: Value) {
        *self.0.borrow_mut() = ThunkState::Done(value);
    }

    pub(crate) fn initialise(&self, expr: ExprId, env: Rc<Env>) {
        *self.0.borrow_mut() = ThunkState::Suspended { expr, env };
    }

    /// The expression the thunk will evaluate, while it has not been forced: where a
    /// message about its value points (an element of `imports`).
    pub(crate) fn suspended_expr(&self) -> Option<ExprId> {
        match &*self.0.borrow() {
            ThunkState::Suspended { expr, .. } => Some(*expr),
            _ => None,
        }
    }

    /// The expression and the scope a thunk not yet forced will evaluate: what it is made
    /// of, for a caller that reads its parts apart (the known side of `imports = [ ... ]
    /// ++ unknown`).
    pub(crate) fn suspended_parts(&self) -> Option<(ExprId, Rc<Env>)> {
        match &*self.0.borrow() {
            ThunkState::Suspended { expr, env } => Some((*expr, env.clone())),
            _ => None,
        }
    }

    /// The value, if already computed.
    pub fn value_if_forced(&self) -> Option<Value> {
        match &*self.0.borrow() {
            ThunkState::Done(value) => Some(value.clone()),
            _ => None,
        }
    }

    /// The expression a not-yet-forced thunk will evaluate, for locating definitions.
    pub fn pending_expr(&self) -> Option<ExprId> {
        match &*self.0.borrow() {
            ThunkState::Suspended { expr, .. } => Some(*expr),
            _ => None,
        }
    }

    pub fn ptr_eq(&self, other: &Thunk) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
