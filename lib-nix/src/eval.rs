//! ③ The lazy evaluator: IR plus environments to values.
//!
//! Thunks are forced at most once; a thunk forced while being forced is infinite
//! recursion. Every evaluation step counts against a budget and every call against a
//! depth limit, so no input can hang the evaluator or overflow its stack (callers run
//! it on a thread with a known stack: see [`crate::run_with_stack`]). Work that is not
//! an evaluation step (copying a list for `++`, a string for `+`, building `genList`)
//! is charged to the budget by its size, so memory stays in proportion too, and values
//! of any depth are dropped without recursion ([`teardown`]).

pub mod builtins;
pub mod context;
mod derivation;
pub mod error;
pub mod extensions;
pub mod gitignore;
pub mod gitmodules;
pub mod hooks;
pub mod io;
mod lowered;
pub mod nar;
pub mod opaque;
pub mod open_lists;
pub mod print;
pub mod sites;
pub mod store;
mod teardown;
pub mod value;

use std::rc::Rc;

use crate::diagnostic::{did_you_mean, Diagnostic, FileId, ModuleErrorCode, Span};
use crate::ir::prepared::Peek;
pub use crate::ir::HOME_PATH_GLOBAL;
use crate::ir::*;
use crate::name::{FxHashMap, Name};
use crate::path::{canonicalize, dir_of};
use crate::source::SourceDb;
pub use builtins::CURRENT_SYSTEM;
pub use error::{ErrorKind, EvalError};
pub use io::{
    encryption_tool, EvalIo, FileKind, MemoryIo, ENCRYPTED_HEADER_LENGTH, GIT_CRYPT_HEADER,
};
use value::ThunkState;
pub use value::{AttrEntry, Attrs, Closure, Env, EnvKind, EvalResult, Thunk, UndecidedName, Value};

/// Limits that keep hostile input from hanging or crashing the evaluator.
///
/// The step budget grows with the program: `max_steps` plus `steps_per_expression` for
/// every expression of the files read (the host, its imports, ncc's own schema and
/// `lib`). A small file that loops stops within about a second; a configuration of
/// 10,000 containers, whose evaluation is proportional to its size, still fits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Nested calls and forcings.
    pub max_depth: u32,
    /// Evaluation steps any program may take.
    pub max_steps: u64,
    /// More steps for every expression lowered.
    pub steps_per_expression: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_depth: 10_000,
            max_steps: 5_000_000,
            steps_per_expression: 100,
        }
    }
}

/// [`EvalIo::interrupted`] is asked each time the step count crosses a multiple of
/// 2^this (4,096 steps, a few microseconds of work).
const INTERRUPT_POLL_SHIFT: u32 = 12;

/// List or attribute set entries copied per step charged.
const ITEMS_PER_STEP: u64 = 4;

/// String bytes built per step charged.
const BYTES_PER_STEP: u64 = 64;

/// Problems reported per file by parsing and lowering; the rest are counted in a note.
const MAX_SOURCE_DIAGNOSTICS: usize = 100;

/// The state of one evaluation run: sources, IR, the import cache and the limits.
pub struct Evaluator<'io> {
    pub sources: SourceDb,
    pub ir: Ir,
    io: &'io dyn EvalIo,
    imports: FxHashMap<String, Thunk>,
    /// Diagnostics found on the side: parse and lower problems of imported files, and
    /// module-system findings (unknown options) that do not stop evaluation.
    pub diagnostics: Vec<Diagnostic>,
    globals: FxHashMap<Name, Thunk>,
    builtins_value: Option<Value>,
    depth: u32,
    steps: u64,
    /// Whether the step budget ran out (and that was reported).
    budget_spent: bool,
    /// Every frame whose slots may point back at it (a `let`, a `rec` set, a call with
    /// defaults), so that dropping the evaluator can break those reference cycles.
    frames: Vec<std::rc::Weak<Env>>,
    /// How many frames may be listed before the dead ones are swept out.
    frames_sweep_at: usize,
    pub limits: Limits,
    /// Messages from `builtins.trace`, in order.
    pub traces: Vec<String>,
    lib: Option<Value>,
    search_path: Vec<(String, String)>,
    /// Where each merged option was defined: its location (`containers.web.hostAddress`)
    /// to the span of the definition that won. Filled as options are merged.
    pub definition_spans: sites::DefinitionSites,
    /// What the layers above plug in: see [`hooks::Hooks`].
    pub hooks: hooks::Hooks,
    /// Modules ncc did not evaluate, as imported (`<nixpkgs/nixos/modules/x.nix>`,
    /// `pkgs.foo`): NixOS's own and those of external sources.
    pub opaque_modules: Vec<String>,
    /// The prefixes of the module evaluations (submodules) whose options are copied
    /// whole from a submodule of the open world (`getSubOptions [ ]` of NixOS's OCI
    /// containers): what is defined there is accepted without checking, as evaluated.
    pub open_copies: Vec<Vec<crate::name::Name>>,
    /// Whether a module argument nothing provides is unknown rather than NixOS's error:
    /// for a module checked as a host of its own, whose real host (a flake ncc could not
    /// evaluate, a machine it did not find) may well provide it through `specialArgs`.
    pub missing_arguments_are_unknown: bool,
    /// The option that gives the evaluation under way its `specialArgs`, where the layer
    /// above evaluates modules for an option (`containers.web.specialArgs`), which its
    /// modules alone get: the help of a module argument nothing provides names it. `None`
    /// for a host, whose `specialArgs` `lib.nixosSystem` takes.
    pub special_args_option: Option<String>,
    /// Whether the next module evaluation calls a root module function without `...` with
    /// only the arguments it asks for, where nixpkgs also passes `lib`, `config`, `options`
    /// and `specialArgs` to every module, roots included: for a file ncc takes for a host
    /// by itself, which may be a function something other than the module system calls
    /// (`{ name, config, nodes }:`, a deployment tool's). That evaluation resets it.
    pub lenient_root_modules: bool,
    /// The cell the next module evaluation makes its `config` in (that evaluation takes
    /// it), for a caller that hands the configuration out while it is being made: a
    /// flake reading its host's own `config` back through its outputs
    /// (`specialArgs.config = self.nixosConfigurations.web.config`).
    pub next_config_cell: Option<Thunk>,
    /// The nixpkgs the evaluated code was written against, when it is known not to be
    /// 25.11, whose lib ncc's is (a flake locking `nixos-unstable`): said as a phrase
    /// (`the flake's input `nixpkgs` (nixos-unstable)`). A name ncc's `lib` lacks may be
    /// one of that lib's, so it is unknown rather than missing.
    pub library_release: Option<Rc<str>>,
    /// What ncc's `lib` is for that code, when more than nixpkgs lib 25.11 (`nixpkgs lib
    /// 25.11 with what 26.05 added`, for a flake on nixpkgs 26.05 or later), as the help
    /// of a name it lacks says it.
    pub library_carried: Option<Rc<str>>,
    /// Whether an integer interpolated into a string is its decimal text, as with Lix's
    /// `coerce-integers` on: asked of [`hooks::Hooks::coerce_integers`] when one first is.
    coerce_integers: Option<bool>,
    /// How many provisional declarations of options are under way: while one is, an
    /// option whose declaration is itself being evaluated is left out rather than an
    /// error (see `modules::declare::provisional_config`).
    pub provisional_declarations: u32,
    /// Whether a name the search path lacks (`<foo>`) is Nix's catchable error, as in
    /// `nix-instantiate`, rather than an external source ncc does not fetch. `nixpkgs`
    /// is ncc's own stand-in (its `lib` and `pkgs`) either way.
    pub search_path_is_closed: bool,
    /// Whether a path interpolated into a string (`"${./file}"`, `"x" + ./file`,
    /// `toJSON`) becomes the store path Nix would copy it to, as `nix-instantiate` gives
    /// it, rather than staying the path it is (what a host's check and build see, where
    /// ncc writes no store).
    pub copy_paths_to_store: bool,
    /// ncc's own files, as modules name them: see [`Evaluator::mark_own_file`].
    own_files: Vec<Rc<str>>,
    /// The store paths of the paths copied so far.
    store_copies: std::collections::HashMap<Rc<str>, Rc<str>>,
    /// The contexts of the strings that have one (see [`context`]).
    contexts: context::ContextTable,
    /// The derivations made so far, by `.drv` path: a derivation that depends on another
    /// needs the other's own hash to name its outputs.
    derivations: FxHashMap<Rc<str>, Rc<derivation::Derivation>>,
    /// `derivation`, once its Nix half has been evaluated.
    derivation_function: Option<(Value, crate::diagnostic::FileId)>,
    /// The value of each embedded file evaluated by [`Evaluator::embedded_value`], by its
    /// path: evaluated (and its IR decoded into the arena) once per evaluator.
    embedded_values: FxHashMap<String, Value>,
    /// What the layers above keep with the evaluator for their own builtins.
    pub extensions: extensions::Extensions,
    /// The values of open-world list options, known only in part: see [`open_lists`].
    pub open_lists: open_lists::OpenLists,
}

impl<'io> Evaluator<'io> {
    pub fn new(io: &'io dyn EvalIo) -> Evaluator<'io> {
        let mut evaluator = Evaluator {
            sources: SourceDb::default(),
            ir: Ir::default(),
            io,
            imports: FxHashMap::default(),
            diagnostics: Vec::new(),
            globals: FxHashMap::default(),
            builtins_value: None,
            depth: 0,
            steps: 0,
            budget_spent: false,
            frames: Vec::new(),
            frames_sweep_at: 1024,
            limits: Limits::default(),
            traces: Vec::new(),
            lib: None,
            search_path: Vec::new(),
            definition_spans: Default::default(),
            hooks: Default::default(),
            opaque_modules: Vec::new(),
            open_copies: Vec::new(),
            missing_arguments_are_unknown: false,
            special_args_option: None,
            lenient_root_modules: false,
            next_config_cell: None,
            library_release: None,
            library_carried: None,
            coerce_integers: None,
            provisional_declarations: 0,
            search_path_is_closed: false,
            copy_paths_to_store: false,
            own_files: Vec::new(),
            store_copies: Default::default(),
            contexts: Default::default(),
            derivations: Default::default(),
            derivation_function: None,
            embedded_values: FxHashMap::default(),
            extensions: Default::default(),
            open_lists: Default::default(),
        };
        builtins::install(&mut evaluator);
        evaluator
    }

    /// Says that `file` is one of ncc's own (its schemas, loaded under that name), which
    /// stand for what NixOS declares and defines itself. Two things follow, and nothing
    /// else is trusted with them:
    /// - every option such a file declares whose default is plain data (null, a
    ///   Boolean, an integer, a string or an empty list) merges, when nothing defines it,
    ///   to that default, so its type need not be decoded to know it (the compiler's
    ///   tests check each of its options for it; in general a type may coerce its
    ///   default, `types.coercedTo`);
    /// - what such a file defines is NixOS's doing, not the host's (a platform's default,
    ///   a container's unit), which a list of the host's unchecked options leaves out.
    pub fn mark_own_file(&mut self, file: &str) {
        if !self.is_own_file(file) {
            self.own_files.push(Rc::from(file));
        }
    }

    /// Whether `file` is one of ncc's own ([`Evaluator::mark_own_file`]).
    pub fn is_own_file(&self, file: &str) -> bool {
        self.own_files.iter().any(|trusted| &**trusted == file)
    }

    /// Whether `span` is written in one of ncc's own files, by the name the file was
    /// loaded under ([`Evaluator::mark_own_file`]). A submodule type's own
    /// declarations are named by no file of their own (`<submodule type>`): where their
    /// `default` is written tells whether they are ncc's (its schema's `containers.<name>`).
    pub fn is_written_in_own_file(&self, span: Span) -> bool {
        span.start < span.end
            && self
                .sources
                .get(span.file)
                .is_some_and(|file| self.is_own_file(&file.name))
    }

    pub(crate) fn set_globals(&mut self, globals: FxHashMap<Name, Thunk>, builtins: Value) {
        self.globals = globals;
        self.builtins_value = Some(builtins);
    }

    pub fn builtins(&self) -> Value {
        self.builtins_value.clone().unwrap_or(Value::Null)
    }

    pub fn is_global(&self, name: &str) -> bool {
        self.globals.contains_key(name) && name != HOME_PATH_GLOBAL
    }

    /// Parses and lowers `text` as the file at absolute `path`, reporting problems into
    /// the returned diagnostics. The body can be evaluated even when there are some.
    /// The name an imported file is shown by: relative like the file the run started
    /// from (`hosts/web.nix` imports `/abs/hosts/common.nix`, shown as `hosts/common.nix`).
    fn name_for(&self, path: &str) -> String {
        let base = self.sources.files().find_map(|(_, file)| {
            file.path
                .strip_suffix(file.name.as_str())
                .filter(|base| !file.name.starts_with('/') && base.ends_with('/'))
                .map(str::to_owned)
        });
        match base {
            Some(base) => path.strip_prefix(&base).unwrap_or(path).to_owned(),
            None => path.to_owned(),
        }
    }

    pub fn load_source(&mut self, name: &str, path: &str, text: &str) -> (Body, Vec<Diagnostic>) {
        self.load_text(name, path, text, None, &[])
    }

    /// [`Self::load_source`] for a text already parsed (by [`crate::syntax::parse`]).
    pub fn load_parsed_source(
        &mut self,
        name: &str,
        path: &str,
        text: &str,
        parsed: crate::syntax::Parse,
    ) -> (Body, Vec<Diagnostic>) {
        self.load_text(name, path, text, Some(parsed), &[])
    }

    /// [`Self::load_source`] for one of ncc's own sources, lowered ahead of time: its
    /// expressions are copied into the arena, with no parsing or lowering at run time.
    /// Should the prepared IR not fit this run (see [`crate::ir::prepared`]), the tree
    /// built ahead of time is lowered; should that not fit the text, it is parsed.
    pub fn load_embedded(
        &mut self,
        name: &str,
        path: &str,
        source: &crate::syntax::EmbeddedSource,
    ) -> (Body, Vec<Diagnostic>) {
        let file = self
            .sources
            .add(name.to_owned(), path.to_owned(), source.text);
        if let Some(body) = crate::ir::prepared::decode_embedded(
            source.ir,
            source.text,
            &mut self.ir,
            file,
            &lowered_as_global(&self.globals),
        ) {
            return (body, Vec::new());
        }
        let parsed = crate::syntax::parse_embedded(source);
        self.lower_parsed(file, path, source.text, parsed, &[])
    }

    /// As [`Evaluator::load_source`], for a body that sees `scope` as variables in the
    /// slots of its outermost frame (`scopedImport`).
    fn load_source_in_scope(
        &mut self,
        name: &str,
        path: &str,
        text: &str,
        scope: &[Name],
    ) -> (Body, Vec<Diagnostic>) {
        self.load_text(name, path, text, None, scope)
    }

    /// Adds `text` to the sources and lowers it: from the prepared IR kept for it when
    /// the process lowered the file twice before (see [`lowered`]), else from `parsed`
    /// or its parse.
    fn load_text(
        &mut self,
        name: &str,
        path: &str,
        text: &str,
        parsed: Option<crate::syntax::Parse>,
        scope: &[Name],
    ) -> (Body, Vec<Diagnostic>) {
        let file = self
            .sources
            .add(name.to_owned(), path.to_owned(), std::sync::Arc::from(text));
        let kept = match scope.is_empty() {
            true => lowered::kept(path, text),
            false => None,
        };
        if let Some(bytes) = kept {
            let is_global = lowered_as_global(&self.globals);
            let bytes = crate::ir::prepared::Bytes::Shared(bytes);
            if let Some(body) =
                crate::ir::prepared::decode(bytes, text, &mut self.ir, file, &is_global)
            {
                return (body, Vec::new());
            }
        }
        let parsed = parsed.unwrap_or_else(|| crate::syntax::parse(text));
        self.lower_parsed(file, path, text, parsed, scope)
    }

    /// Lowers the tree of `file`, already added to the sources.
    fn lower_parsed(
        &mut self,
        file: FileId,
        path: &str,
        text: &str,
        parsed: crate::syntax::Parse,
        scope: &[Name],
    ) -> (Body, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        if text.contains('\0') {
            let offset = text.find('\0').unwrap_or(0) as u32;
            diagnostics.push(Diagnostic::new(
                crate::diagnostic::DiagnosticKind::InvalidSource(
                    "the file contains a NUL byte".to_owned(),
                ),
                Span::new(file, offset, offset + 1),
            ));
        }
        for error in &parsed.errors {
            diagnostics.push(Diagnostic::new(
                crate::diagnostic::DiagnosticKind::Syntax(error.message.clone()),
                Span::new(file, error.start, error.end),
            ));
        }
        let is_global = lowered_as_global(&self.globals);
        let base = dir_of(path);
        let first = self.ir.next_id();
        let (body, lower_diagnostics) = crate::lower::lower_in_scope(
            &parsed.root,
            file,
            &base,
            &mut self.ir,
            &is_global,
            scope,
        );
        if diagnostics.is_empty() && lower_diagnostics.is_empty() && scope.is_empty() {
            let ir = &self.ir;
            lowered::lowered(path, text, || {
                crate::ir::prepared::encode_without_free_vars(ir, first, body, text)
            });
        }
        // Beyond a hundred problems in one file the rest only repeat them; placing and
        // rendering each would cost more than the file.
        let total = diagnostics.len() + lower_diagnostics.len();
        let room = MAX_SOURCE_DIAGNOSTICS.saturating_sub(diagnostics.len());
        diagnostics.truncate(MAX_SOURCE_DIAGNOSTICS);
        for mut diagnostic in lower_diagnostics.into_iter().take(room) {
            if let crate::diagnostic::DiagnosticKind::DuplicateAttribute {
                first_defined_at, ..
            } = &mut diagnostic.kind
            {
                *first_defined_at = diagnostic
                    .labels
                    .first()
                    .map(|l| self.sources.position(l.span));
            }
            diagnostics.push(diagnostic);
        }
        if total > diagnostics.len() {
            if let Some(last) = diagnostics.last_mut() {
                last.notes.push(format!(
                    "{} more problems in this file are not shown",
                    total - MAX_SOURCE_DIAGNOSTICS
                ));
            }
        }
        (body, diagnostics)
    }

    /// The value of the embedded file `source`, shown as `name` at `path`: loaded and
    /// evaluated the first time it is asked for, the same value after. For a file whose
    /// value is the same wherever it is used (a module, a function). A file that does not
    /// parse is an internal error.
    pub fn embedded_value(
        &mut self,
        name: &str,
        path: &str,
        source: &crate::syntax::EmbeddedSource,
    ) -> EvalResult<Value> {
        if let Some(value) = self.embedded_values.get(path) {
            return Ok(value.clone());
        }
        let (body, diagnostics) = self.load_embedded(name, path, source);
        if let Some(first) = diagnostics.first() {
            let message = format!(
                "internal error: ncc's {name} does not parse: {}",
                first.message()
            );
            return Err(EvalError::message(message, None));
        }
        let value = self.eval_body(body)?;
        self.embedded_values.insert(path.to_owned(), value.clone());
        Ok(value)
    }

    /// Evaluates a lowered body at the top level.
    pub fn eval_body(&mut self, body: Body) -> EvalResult<Value> {
        self.eval(body.root, &Env::top_level())
    }

    /// Reading `path`, outside the project root, refused with `message`. In a host's
    /// check what lies there is a file of the machine that evaluates the configuration
    /// (`/etc/nixos/secrets.nix`, a file in its user's home), which NixOS reads there and
    /// ncc never reads, so it is unknown; elsewhere (`ncc eval --plain`) the refusal.
    pub(crate) fn outside_project(
        &self,
        path: &str,
        message: String,
        span: Option<Span>,
    ) -> Box<EvalError> {
        match (self.hooks.machine_fact)(&format!("the file `{path}'")) {
            Some(unknown) => EvalError::unknown(format!("{unknown}, outside the project"), span),
            None => EvalError::message(message, span),
        }
    }

    /// `import path`: each file is loaded and evaluated once per run.
    pub fn import(&mut self, path: &str, span: Option<Span>) -> EvalResult<Value> {
        let mut path = canonicalize(path);
        if opaque::is_fake_store_path(&path) {
            return (self.hooks.import_opaque)(self, &path);
        }
        path = self.followed_file_link(path);
        self.io
            .check_access(&path)
            .map_err(|message| self.outside_project(&path, message, span))?;
        let in_directory = self.io.is_directory(&path);
        if in_directory {
            path = format!("{}/default.nix", path.trim_end_matches('/'));
        }
        if let Some(thunk) = self.imports.get(&path).cloned() {
            return self.force(&thunk, span);
        }
        if !self.io.path_exists(&path) {
            if let Some(shown) = self.machine_local_name(&path) {
                return Ok(self.unreadable_import(path, shown));
            }
            // Nix opens a directory's `default.nix` without asking whether it is there.
            let doing = if in_directory {
                "opening file"
            } else {
                "getting status of"
            };
            return Err(EvalError::message(
                format!("{doing} '{path}': No such file or directory"),
                span,
            ));
        }
        let Some(text) = self.read_text(&path, span)? else {
            let shown = self.encrypted_name(&path);
            return Ok(self.unreadable_import(path, shown));
        };
        let name = self.name_for(&path);
        let (body, diagnostics) = self.load_source(&name, &path, &text);
        let failed = !diagnostics.is_empty();
        self.diagnostics.extend(diagnostics);
        if failed {
            return Err(EvalError::new(ErrorKind::AlreadyReported, span));
        }
        let thunk = Thunk::suspended(body.root, Env::top_level());
        self.imports.insert(path, thunk.clone());
        self.force(&thunk, span)
    }

    /// `path` with the symbolic link it is followed, as Nix follows it before importing
    /// (`resolveExprPath`), so that the paths the file writes are relative to where the
    /// link leads (`overlays/default.nix -> ../pkgs/default.nix` importing `./utils`). Only
    /// the path itself: a directory's `default.nix` that is a link is read where it is.
    fn followed_file_link(&self, mut path: String) -> String {
        for _ in 0..1024 {
            if !matches!(self.io.file_kind(&path), Ok(FileKind::Symlink)) {
                break;
            }
            let Ok(target) = self.io.read_link(&path) else {
                break;
            };
            path = match target.starts_with('/') {
                true => canonicalize(&target),
                false => canonicalize(&format!("{}/{target}", crate::path::dir_of(&path))),
            };
        }
        path
    }

    /// The text of the project's file `path`, or `None` when the repository keeps it
    /// encrypted (git-crypt, age, sops): its owner's Nix reads it decrypted, so what it
    /// holds is an external source ncc cannot read, never a mistake.
    pub(crate) fn read_text(&self, path: &str, span: Option<Span>) -> EvalResult<Option<String>> {
        match self.io.read_file(path) {
            Ok(text) if io::encryption_tool(text.as_bytes()).is_some() => Ok(None),
            Ok(text) => Ok(Some(text)),
            Err(_) if self.io.encrypted(path) => Ok(None),
            Err(message) => Err(EvalError::message(message, span)),
        }
    }

    /// How a missing file the repository's `.gitignore` leaves out is named where ncc
    /// says it could not read it.
    pub(crate) fn ignored_name(&self, path: &str) -> String {
        format!("{}{}", self.name_for(path), opaque::IGNORED_BY_GIT)
    }

    /// How a missing file in a git submodule the checkout has not fetched is named where
    /// ncc says it could not read it.
    pub(crate) fn submodule_name(&self, path: &str, submodule: &str) -> String {
        format!(
            "{}{}{}, not checked out)",
            self.name_for(path),
            opaque::IN_SUBMODULE,
            self.name_for(submodule)
        )
    }

    /// How an encrypted file is named where ncc says it could not read it.
    pub(crate) fn encrypted_name(&self, path: &str) -> String {
        format!("{}{}", self.name_for(path), opaque::ENCRYPTED)
    }

    /// How the missing file `path` is named where ncc says it could not read it, when it
    /// is one each machine provides: left out by the repository's `.gitignore`, or in a
    /// git submodule the checkout has not fetched. On its owner's machine Nix reads it.
    pub(crate) fn machine_local_name(&self, path: &str) -> Option<String> {
        if self.io.ignored_by_git(path) {
            return Some(self.ignored_name(path));
        }
        if let Some(tool) = self.generated_on_machine(path) {
            return Some(format!(
                "{}{}{tool} on each machine)",
                self.name_for(path),
                opaque::WRITTEN_BY
            ));
        }
        let submodule = self.io.unfetched_submodule(path)?;
        Some(self.submodule_name(path, &submodule))
    }

    /// The tool that writes the missing `path` beside a machine's `configuration.nix`, in
    /// a project that is no flake: `hardware-configuration.nix` (nixos-generate-config),
    /// `nixos-in-place.nix` (nixos-in-place, which installs NixOS over another system). A
    /// host kept outside `/etc/nixos` (a link to it, or a copy) reads the one on its
    /// machine, which a repository may leave out without ignoring it. A flake sees only
    /// what git tracks, so in one (a `flake.nix` in the file's directory or above) it is
    /// missing everywhere, unless that flake is a template of another (see
    /// [`Self::is_template`]): `nix flake init` copies it to the machine that writes it.
    fn generated_on_machine(&self, path: &str) -> Option<&'static str> {
        let (mut directory, name) = path.rsplit_once('/')?;
        let tool = match name {
            "hardware-configuration.nix" => "nixos-generate-config",
            "nixos-in-place.nix" => "nixos-in-place",
            _ => return None,
        };
        loop {
            if self.io.path_exists(&format!("{directory}/flake.nix")) {
                return self.is_template(directory).then_some(tool);
            }
            match directory.rsplit_once('/') {
                Some((parent, _)) => directory = parent,
                None => return Some(tool),
            }
        }
    }

    /// Whether the flake in `directory` is a template another flake ships (`templates.<name>.path`):
    /// it has no lock of its own (no one has evaluated it where it lies, which writes one),
    /// and the nearest flake above it names `templates`.
    fn is_template(&self, directory: &str) -> bool {
        if self.io.path_exists(&format!("{directory}/flake.lock")) {
            return false;
        }
        let mut above = directory;
        while let Some((parent, _)) = above.rsplit_once('/') {
            above = parent;
            let flake = format!("{above}/flake.nix");
            if self.io.path_exists(&flake) {
                return self
                    .io
                    .read_file(&flake)
                    .is_ok_and(|text| text.contains("templates"));
            }
        }
        false
    }

    /// What importing a file ncc cannot read gives (encrypted, or one the repository
    /// leaves to each machine), kept as `path`'s import: an opaque value, as an external
    /// source's file gives, listed among the modules ncc did not evaluate as `shown`.
    fn unreadable_import(&mut self, path: String, shown: String) -> Value {
        if !self.opaque_modules.contains(&shown) {
            self.opaque_modules.push(shown.clone());
        }
        let value = (self.hooks.placeholder)(&shown);
        self.imports.insert(path, Thunk::ready(value.clone()));
        value
    }

    /// `scopedImport scope path`: the file evaluated with the attributes of `scope`
    /// bound around it. Each call reads and lowers the file anew, as Nix does.
    pub fn import_scoped(
        &mut self,
        path: &str,
        scope: &Attrs,
        span: Option<Span>,
    ) -> EvalResult<Value> {
        let mut path = self.followed_file_link(canonicalize(path));
        self.io
            .check_access(&path)
            .map_err(|message| self.outside_project(&path, message, span))?;
        if self.io.is_directory(&path) {
            path = format!("{}/default.nix", path.trim_end_matches('/'));
        }
        let Some(text) = self.read_text(&path, span)? else {
            let shown = self.encrypted_name(&path);
            return Ok(self.unreadable_import(path, shown));
        };
        let name = self.name_for(&path);
        let names: Vec<Name> = scope.entries().iter().map(|e| e.name.clone()).collect();
        let (body, diagnostics) = self.load_source_in_scope(&name, &path, &text, &names);
        let failed = !diagnostics.is_empty();
        self.diagnostics.extend(diagnostics);
        if failed {
            return Err(EvalError::new(ErrorKind::AlreadyReported, span));
        }
        let env = Rc::new(Env {
            parent: None,
            kind: EnvKind::Slots(scope.entries().iter().map(|e| e.value.clone()).collect()),
        });
        self.eval(body.root, &env)
    }

    /// A source position as Nix gives it to programs (`unsafeGetAttrPos`, `__curPos`):
    /// `{ column; file; line; }`.
    pub fn position_value(&self, span: Span) -> Value {
        let (line, column) = self.sources.line_col(span.file, span.start);
        let file = self.sources.file(span.file).path.clone();
        Value::Attrs(Rc::new(Attrs::from_entries(vec![
            AttrEntry::new("column", Thunk::ready(Value::Int(column as i64))),
            AttrEntry::new("file", Thunk::ready(Value::string(&file))),
            AttrEntry::new("line", Thunk::ready(Value::Int(line as i64))),
        ])))
    }

    /// Calls a top-level function as `nix-instantiate` does: a function with formals
    /// gets the automatic arguments it names (all of them with `...`); a function that
    /// needs one that is not given is an error; any other value is returned as it is.
    pub fn auto_call(&mut self, value: Value, args: &Attrs, span: Span) -> EvalResult<Value> {
        let mut value = value;
        while let Value::Attrs(set) = &value {
            let Some(functor) = set.get("__functor") else {
                return Ok(value);
            };
            let functor = self.force(&functor.value.clone(), Some(span))?;
            value = self.apply(functor, Thunk::ready(value.clone()), span)?;
        }
        let Value::Lambda(closure) = &value else {
            return Ok(value);
        };
        let Param::Formals {
            formals, ellipsis, ..
        } = &closure.lambda.param
        else {
            return Ok(value);
        };
        let mut given = Vec::new();
        if *ellipsis {
            given.extend(args.entries().iter().cloned());
        } else {
            for formal in formals {
                match args.get(formal.name.as_str()) {
                    Some(entry) => given.push(entry.clone()),
                    None if formal.default.is_some() => {}
                    None => {
                        return Err(EvalError::message(
                            format!(
                                "cannot evaluate a function that has an argument without a value ('{}')",
                                formal.name
                            ),
                            Some(self.ir.span(closure.expr)),
                        ))
                    }
                }
            }
        }
        let argument = Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(given))));
        self.apply(value.clone(), argument, span)
    }

    /// The search path (`-I`): `(prefix, path)` pairs in order, an empty prefix for a
    /// plain directory. `builtins.nixPath` lists it.
    pub fn set_search_path(&mut self, entries: Vec<(String, String)>) {
        self.search_path = entries;
    }

    pub(crate) fn search_path(&self) -> &[(String, String)] {
        &self.search_path
    }

    pub(crate) fn cached_lib(&self) -> Option<Value> {
        self.lib.clone()
    }

    pub(crate) fn cache_lib(&mut self, lib: Value) {
        self.lib = Some(lib);
    }

    /// The name a file is shown by in messages; a directory is shown by the
    /// `default.nix` that importing it read.
    pub fn display_name(&self, path: &str) -> String {
        let in_directory = format!("{}/default.nix", path.trim_end_matches('/'));
        self.sources
            .files()
            .find(|(_, file)| file.path == path)
            .or_else(|| {
                self.sources
                    .files()
                    .find(|(_, file)| file.path == in_directory)
            })
            .map(|(_, file)| file.name.clone())
            .unwrap_or_else(|| path.to_owned())
    }

    pub fn io(&self) -> &'io dyn EvalIo {
        self.io
    }

    fn step(&mut self, span: Span) -> EvalResult<()> {
        self.charge(1, span)
    }

    /// Counts `steps` against the budget: work proportional to a size, not a step of
    /// its own (copying a list, building a string, allocating `genList`'s elements).
    ///
    /// Once the budget is spent every later step fails too. The first failure is
    /// recorded in [`Evaluator::diagnostics`] at once, where nothing can catch it, and
    /// every failure returns [`ErrorKind::AlreadyReported`], so that the module system,
    /// which reports each option's error and goes on, does not repeat it for every option.
    #[inline]
    pub fn charge(&mut self, steps: u64, span: Span) -> EvalResult<()> {
        let before = self.steps;
        self.steps = self.steps.saturating_add(steps);
        if before >> INTERRUPT_POLL_SHIFT != self.steps >> INTERRUPT_POLL_SHIFT
            || self.steps > self.limits.max_steps
        {
            return self.charge_beyond(before, span);
        }
        Ok(())
    }

    /// The rare part of [`Evaluator::charge`], kept out of line so that every step's
    /// charge is a few instructions: polling for an interruption, and the budget's end.
    #[cold]
    #[inline(never)]
    fn charge_beyond(&mut self, before: u64, span: Span) -> EvalResult<()> {
        if before >> INTERRUPT_POLL_SHIFT != self.steps >> INTERRUPT_POLL_SHIFT
            && self.io.interrupted()
        {
            self.steps = u64::MAX;
        }
        if self.steps > self.limits.max_steps && self.steps > self.budget() {
            if !self.budget_spent {
                self.budget_spent = true;
                let mut error = EvalError::new(ErrorKind::BudgetExceeded, Some(span));
                // Not the total: it counts ncc's own schema and lib, and would change
                // with them.
                error.notes.push(format!(
                    "ncc allows {} steps, plus {} for each expression read",
                    self.limits.max_steps, self.limits.steps_per_expression,
                ));
                self.diagnostics.extend(error.to_diagnostic(span));
            }
            return Err(EvalError::new(ErrorKind::AlreadyReported, Some(span)));
        }
        Ok(())
    }

    /// Charges for visiting or copying `count` list elements or attributes: at least a
    /// step, so that walking a shared structure again and again is never free.
    pub fn charge_items(&mut self, count: usize, span: Span) -> EvalResult<()> {
        self.charge((count as u64).div_ceil(ITEMS_PER_STEP).max(1), span)
    }

    /// Charges for building a string of `length` bytes.
    pub fn charge_bytes(&mut self, length: usize, span: Span) -> EvalResult<()> {
        self.charge((length as u64).div_ceil(BYTES_PER_STEP), span)
    }

    /// A string value with `context` (none when it is empty).
    pub fn string_with_context(&mut self, text: &str, context: context::Context) -> Value {
        let text: Rc<str> = Rc::from(text);
        if !context.is_empty() {
            self.contexts.attach(&text, Rc::new(context));
        }
        Value::String(text)
    }

    /// The context of a string value, if it has one.
    pub fn context_of(&self, value: &Value) -> Option<Rc<context::Context>> {
        match value {
            Value::String(text) => self.contexts.get(text).cloned(),
            _ => None,
        }
    }

    /// Adds the context of a string value to `context`.
    pub fn collect_context(&self, value: &Value, context: &mut context::Context) {
        if let Value::String(text) = value {
            if let Some(found) = self.contexts.get(text) {
                context.extend(found.iter().cloned());
            }
        }
    }

    /// The steps this run may take, given the expressions read so far.
    fn budget(&self) -> u64 {
        let allowance = (self.ir.len() as u64).saturating_mul(self.limits.steps_per_expression);
        self.limits.max_steps.saturating_add(allowance)
    }

    /// How many steps the run has taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Runs `work` one level deeper: recursive walks over values (equality, ordering,
    /// printing) go through here, so a value nested millions deep is an error, not a
    /// stack overflow.
    pub fn deeper<T>(
        &mut self,
        span: Span,
        work: impl FnOnce(&mut Self) -> EvalResult<T>,
    ) -> EvalResult<T> {
        self.enter(Some(span))?;
        let result = work(self);
        self.leave();
        result
    }

    fn enter(&mut self, span: Option<Span>) -> EvalResult<()> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            self.depth -= 1;
            return Err(EvalError::new(ErrorKind::TooDeep, span));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Forces a thunk to weak head normal form. `span` says who asked, for errors.
    pub fn force(&mut self, thunk: &Thunk, span: Option<Span>) -> EvalResult<Value> {
        let state = {
            let mut cell = thunk.0.borrow_mut();
            match &*cell {
                ThunkState::Done(value) => return Ok(value.clone()),
                ThunkState::Blackhole => {
                    return Err(EvalError::new(ErrorKind::InfiniteRecursion, span));
                }
                ThunkState::Failed(error) => return Err(error.clone()),
                ThunkState::Uninitialised => {
                    return Err(EvalError::new(ErrorKind::InfiniteRecursion, span));
                }
                _ => {}
            }
            std::mem::replace(&mut *cell, ThunkState::Blackhole)
        };
        self.enter(span)?;
        let result = match state {
            ThunkState::Suspended { expr, env } => {
                let result = self.eval(expr, &env);
                if self.restored_after_recursion(thunk, &result, || ThunkState::Suspended {
                    expr,
                    env,
                }) {
                    return result;
                }
                result
            }
            ThunkState::Native(compute) => compute(self),
            ThunkState::Repeatable(compute) => {
                let result = compute(self);
                if self.restored_after_recursion(thunk, &result, || ThunkState::Repeatable(compute))
                {
                    return result;
                }
                result
            }
            _ => unreachable!("handled above"),
        };
        self.leave();
        match &result {
            Ok(value) => *thunk.0.borrow_mut() = ThunkState::Done(value.clone()),
            Err(error) => *thunk.0.borrow_mut() = ThunkState::Failed(error.clone()),
        }
        result
    }

    /// Infinite recursion says where a thunk was forced from, not what it is: forced again
    /// from elsewhere, it may well have a value. Nix restores such a thunk; so does ncc,
    /// for an expression and for a repeatable computation (a thunk read while the options
    /// it needs were still being declared is read again once they are). Whether forcing
    /// `thunk` gave `result` so, and `thunk` is left as `state` makes it.
    fn restored_after_recursion(
        &mut self,
        thunk: &Thunk,
        result: &EvalResult<Value>,
        state: impl FnOnce() -> ThunkState,
    ) -> bool {
        if !matches!(result, Err(error) if error.kind == ErrorKind::InfiniteRecursion) {
            return false;
        }
        self.leave();
        *thunk.0.borrow_mut() = state();
        true
    }

    /// A thunk for `expr` in `env`; constants need no suspension.
    pub fn thunk(&mut self, expr: ExprId, env: &Rc<Env>) -> Thunk {
        match self.ir.thunk_form(expr) {
            Peek::Int(i) => Thunk::ready(Value::Int(i)),
            Peek::Float(f) => Thunk::ready(Value::Float(f)),
            Peek::Literal(text) => Thunk::ready(Value::String(text)),
            Peek::Local { up, slot } => lookup_local(env, up, slot),
            Peek::Other => Thunk::suspended(expr, env.clone()),
        }
    }

    /// Evaluates `expr` in `env` to weak head normal form.
    pub fn eval(&mut self, expr: ExprId, env: &Rc<Env>) -> EvalResult<Value> {
        let span = self.ir.span(expr);
        self.step(span)?;
        let node = self.ir.expr_rc(expr);
        match &*node {
            Expr::Missing => Err(EvalError::new(ErrorKind::AlreadyReported, Some(span))),
            Expr::CurPos => Ok(self.position_value(span)),
            Expr::Int(i) => Ok(Value::Int(*i)),
            Expr::Float(f) => Ok(Value::Float(*f)),
            Expr::Str(parts) => {
                let mut context = context::Context::new();
                let text = self.interpolate(parts, env, true, &mut context)?;
                Ok(self.string_with_context(&text, context))
            }
            Expr::Path { parts, .. } => {
                // A path keeps no context (Nix refuses one that has a store path in it).
                let text = self.interpolate(parts, env, false, &mut context::Context::new())?;
                Ok(Value::Path(Rc::from(canonicalize(&text))))
            }
            Expr::Local { up, slot, .. } => {
                let thunk = lookup_local(env, *up, *slot);
                self.force(&thunk, Some(span))
            }
            Expr::WithVar { name } => {
                let thunk = self.lookup_with(name, env, span)?;
                self.force(&thunk, Some(span))
            }
            Expr::Global { name } => {
                let thunk = self.globals.get(name).cloned().ok_or_else(|| {
                    EvalError::message(format!("undefined variable '{name}'"), Some(span))
                })?;
                self.force(&thunk, Some(span))
            }
            Expr::Select { set, path, default } => {
                self.eval_select(*set, path, *default, env, span)
            }
            Expr::HasAttr { set, path } => {
                let mut current = self.eval(*set, env)?;
                for (index, key) in path.iter().enumerate() {
                    let name = self.attr_key(key, env)?;
                    let Value::Attrs(attrs) = current else {
                        return Ok(Value::Bool(false));
                    };
                    let Some(entry) = attrs.get(name.as_str()) else {
                        return self.has_missing(&attrs, &name, span).map(Value::Bool);
                    };
                    name_decided(self, &attrs, name.as_str(), span)?;
                    if index + 1 == path.len() {
                        break;
                    }
                    let thunk = entry.value.clone();
                    current = self.force(&thunk, Some(span))?;
                }
                Ok(Value::Bool(true))
            }
            Expr::Attrs(attrs) => self.eval_attrs(attrs, env),
            Expr::List(items) => {
                let thunks: Vec<Thunk> = items.iter().map(|item| self.thunk(*item, env)).collect();
                Ok(Value::List(Rc::from(thunks)))
            }
            Expr::Lambda(lambda) => Ok(Value::Lambda(Rc::new(Closure {
                expr,
                lambda: lambda.clone(),
                env: env.clone(),
            }))),
            Expr::Apply { function, argument } => {
                let (function, argument) = (*function, *argument);
                let function = self.eval(function, env)?;
                let argument = self.thunk(argument, env);
                self.apply(function, argument, span)
            }
            Expr::If {
                condition,
                then,
                otherwise,
            } => {
                let (condition, then, otherwise) = (*condition, *then, *otherwise);
                let value = self.eval(condition, env)?;
                match value {
                    Value::Bool(true) => self.eval(then, env),
                    Value::Bool(false) => self.eval(otherwise, env),
                    other => Err(self.type_error(&other, "a Boolean", self.ir.span(condition))),
                }
            }
            Expr::Let { bindings, body } => {
                let new_env = self.frame_env(bindings, env);
                self.eval(*body, &new_env)
            }
            Expr::With { namespace, body } => {
                let (namespace, body) = (*namespace, *body);
                let namespace = self.thunk(namespace, env);
                let new_env = Rc::new(Env {
                    parent: Some(env.clone()),
                    kind: EnvKind::With(namespace),
                });
                self.eval(body, &new_env)
            }
            Expr::Assert { condition, body } => {
                let (condition, body) = (*condition, *body);
                match self.eval(condition, env)? {
                    Value::Bool(true) => self.eval(body, env),
                    Value::Bool(false) => {
                        let condition_span = self.ir.span(condition);
                        let text = crate::show::show(&self.ir, condition);
                        Err(EvalError::new(
                            ErrorKind::AssertionFailed(format!("assertion '{text}' failed")),
                            Some(condition_span),
                        ))
                    }
                    other => Err(self.type_error(&other, "a Boolean", self.ir.span(condition))),
                }
            }
            Expr::Unary { op, operand } => {
                let (op, operand) = (*op, *operand);
                let value = self.eval(operand, env)?;
                match (op, value) {
                    (UnaryOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
                    (UnaryOp::Not, other) => Err(self.type_error(&other, "a Boolean", span)),
                    (UnaryOp::Negate, value) => {
                        self.arithmetic(BinaryOp::Sub, Value::Int(0), value, span)
                    }
                }
            }
            Expr::Binary { op, left, right } => {
                let (op, left, right) = (*op, *left, *right);
                self.eval_binary(op, left, right, env, span)
            }
            Expr::InheritFrom { from, name } => {
                let source = self.eval(*from, env)?;
                let attrs = self.expect_attrs(source, self.ir.span(*from))?;
                match attrs.get(name.as_str()) {
                    Some(entry) => {
                        let thunk = entry.value.clone();
                        self.force(&thunk, Some(span))
                    }
                    // As `e.name` reads it: a placeholder's missing attribute is another.
                    None => match attrs.placeholder() {
                        Some(path) => Ok((self.hooks.placeholder)(&format!("{path}.{name}"))),
                        None => match self.library_builtin(&attrs, name) {
                            Some(builtin) => self.force(&builtin, Some(span)),
                            None => Err(self.missing_attribute(name, &attrs, span)),
                        },
                    },
                }
            }
        }
    }

    /// Remembers a frame whose slots may refer to it (see [`Drop for Evaluator`]).
    fn remember_frame(&mut self, frame: &Rc<Env>) {
        if self.frames.len() >= self.frames_sweep_at {
            self.frames.retain(|frame| frame.strong_count() > 0);
            self.frames_sweep_at = (self.frames.len() * 2).max(1024);
        }
        self.frames.push(Rc::downgrade(frame));
    }

    fn frame_env(&mut self, bindings: &[ExprId], env: &Rc<Env>) -> Rc<Env> {
        let slots: Vec<Thunk> = bindings.iter().map(|_| Thunk::uninitialised()).collect();
        let new_env = Rc::new(Env {
            parent: Some(env.clone()),
            kind: EnvKind::Slots(slots.into_boxed_slice()),
        });
        self.remember_frame(&new_env);
        if let EnvKind::Slots(slots) = &new_env.kind {
            for (slot, binding) in slots.iter().zip(bindings) {
                match self.thunk(*binding, &new_env) {
                    ready if ready.value_if_forced().is_some() => {
                        *slot.0.borrow_mut() =
                            ThunkState::Done(ready.value_if_forced().expect("forced"));
                    }
                    _ => slot.initialise(*binding, new_env.clone()),
                }
            }
        }
        new_env
    }

    fn eval_attrs(&mut self, attrs: &AttrsExpr, env: &Rc<Env>) -> EvalResult<Value> {
        let scope = if attrs.recursive {
            let values: Vec<ExprId> = attrs.entries.iter().map(|entry| entry.value).collect();
            self.frame_env(&values, env)
        } else {
            env.clone()
        };
        let mut entries: Vec<AttrEntry> =
            Vec::with_capacity(attrs.entries.len() + attrs.dynamic.len());
        let count = attrs.entries.len() as u32;
        let order = attrs.order.as_deref();
        for position in 0..count {
            // In name order (see `AttrsExpr::order`); a `rec` set's slots stay as written.
            let index = order.map_or(position, |order| order[position as usize]);
            let entry = &attrs.entries[index as usize];
            let value = if attrs.recursive {
                lookup_local(&scope, 0, index)
            } else {
                self.thunk(entry.value, &scope)
            };
            entries.push(AttrEntry {
                name: entry.name.clone(),
                value,
                span: Some(entry.key_span),
                value_span: Some(self.ir.span(entry.value)),
            });
        }
        if attrs.recursive {
            self.apply_overrides(&mut entries, attrs, &scope)?;
        }
        if attrs.dynamic.is_empty() {
            return Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))));
        }
        for dynamic in &attrs.dynamic {
            let key = self.eval(dynamic.key, &scope)?;
            let name = match key {
                Value::Null => continue,
                Value::String(s) => Name::from(s),
                other => {
                    return Err(self.type_error(&other, "a string", self.ir.span(dynamic.key)))
                }
            };
            if let Ok(index) = entries.binary_search_by(|e| e.name.cmp(&name)) {
                let first = entries[index].span;
                let mut error = EvalError::message(
                    format!("dynamic attribute '{name}' already defined"),
                    Some(dynamic.key_span),
                );
                if let Some(first) = first {
                    error.labels.push(crate::diagnostic::Label {
                        span: first,
                        message: "first defined here".to_owned(),
                    });
                }
                return Err(error);
            }
            let value = self.thunk(dynamic.value, &scope);
            let position = entries.partition_point(|e| e.name < name);
            entries.insert(
                position,
                AttrEntry {
                    name,
                    value,
                    span: Some(dynamic.key_span),
                    value_span: Some(self.ir.span(dynamic.value)),
                },
            );
        }
        Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))))
    }

    /// A `rec` set's `__overrides` replaces the attributes it names, in the set and in
    /// the set's own scope, and adds the others.
    fn apply_overrides(
        &mut self,
        entries: &mut Vec<AttrEntry>,
        attrs: &AttrsExpr,
        scope: &Rc<Env>,
    ) -> EvalResult<()> {
        let Ok(index) = entries.binary_search_by(|e| e.name.as_str().cmp("__overrides")) else {
            return Ok(());
        };
        let span = entries[index]
            .value_span
            .unwrap_or(self.ir.span(attrs.entries[0].value));
        let thunk = entries[index].value.clone();
        let overrides = self.force(&thunk, Some(span))?;
        let overrides = self.expect_attrs(overrides, span)?;
        self.charge_items(overrides.len(), span)?;
        for entry in overrides.entries() {
            let slot = attrs.entries.iter().position(|e| e.name == entry.name);
            if let (Some(slot), Some(slots)) = (slot, scope.kind.slots()) {
                let replacement = entry.value.clone();
                slots[slot].set_native(move |ev| ev.force(&replacement, None));
            }
            match entries.binary_search_by(|e| e.name.cmp(&entry.name)) {
                Ok(at) => entries[at].value = entry.value.clone(),
                Err(at) => entries.insert(at, entry.clone()),
            }
        }
        Ok(())
    }

    fn attr_key(&mut self, key: &AttrKey, env: &Rc<Env>) -> EvalResult<Name> {
        match key {
            AttrKey::Static(name) => Ok(name.clone()),
            AttrKey::Dynamic(expr) => {
                let value = self.eval(*expr, env)?;
                match value {
                    Value::String(s) => Ok(Name::from(s)),
                    other => Err(self.type_error(&other, "a string", self.ir.span(*expr))),
                }
            }
        }
    }

    fn eval_select(
        &mut self,
        set: ExprId,
        path: &[AttrKey],
        default: Option<ExprId>,
        env: &Rc<Env>,
        span: Span,
    ) -> EvalResult<Value> {
        let mut current = self.eval(set, env)?;
        for (index, key) in path.iter().enumerate() {
            let name = self.attr_key(key, env)?;
            let attrs = match current {
                Value::Attrs(attrs) => attrs,
                other => {
                    if let Some(default) = default {
                        return self.eval(default, env);
                    }
                    return Err(self.type_error(&other, "a set", span));
                }
            };
            match attrs.get(name.as_str()) {
                Some(entry) => {
                    let thunk = entry.value.clone();
                    current = self.force(&thunk, Some(span)).map_err(|error| {
                        with_frame(
                            error,
                            span,
                            &format!("while evaluating the attribute '{name}'"),
                        )
                    })?;
                }
                None if attrs.placeholder().is_some() => {
                    let path = format!("{}.{name}", attrs.placeholder().unwrap_or("pkgs"));
                    current = (self.hooks.placeholder)(&path);
                }
                None => {
                    if let Some(builtin) = self.library_builtin(&attrs, &name) {
                        current = self.force(&builtin, Some(span))?;
                        continue;
                    }
                    if let Some(error) = self.unknown_builtin(&attrs, &name, span) {
                        return Err(error);
                    }
                    // A name a namespace of `lib` ncc carries in part lacks may be one
                    // nixpkgs lib has, so `or` cannot choose its default.
                    if let (Some(default), None, false) =
                        (default, attrs.open(), attrs.library_part())
                    {
                        return self.eval(default, env);
                    }
                    if let Some(group) = attrs.open() {
                        // What is read is the whole path written, as far as its names
                        // are written out (`config.services.bazarr.enable`), not the
                        // first name the open world lacks; below a declaration, the
                        // names are the option's own (`options.x.y.type`).
                        let below = match attrs.open_declarations() {
                            true => &[][..],
                            false => &path[index + 1..],
                        };
                        let written = below.iter().map_while(|key| match key {
                            AttrKey::Static(name) => Some(name.clone()),
                            AttrKey::Dynamic(_) => None,
                        });
                        let names: Vec<Name> = std::iter::once(name).chain(written).collect();
                        return Err(EvalError::unknown(
                            open_option(self, group, &names),
                            Some(span),
                        ));
                    }
                    return Err(self.missing_attribute(&name, &attrs, span));
                }
            }
        }
        Ok(current)
    }

    /// The unknown a missing attribute of `builtins` is, when a layer above says a plugin
    /// may add it (`Hooks::unknown_builtin`).
    fn unknown_builtin(
        &self,
        attrs: &Rc<Attrs>,
        name: &Name,
        span: Span,
    ) -> Option<Box<EvalError>> {
        let Some(Value::Attrs(builtins)) = &self.builtins_value else {
            return None;
        };
        if !Rc::ptr_eq(builtins, attrs) {
            return None;
        }
        let what = (self.hooks.unknown_builtin)(name.as_str())?;
        Some(EvalError::unknown(what, Some(span)))
    }

    /// What `set ? name` (and `builtins.hasAttr`) answers for a `name` that `attrs` lacks:
    /// unknown for a builtin of current Nix that ncc lacks, for a group of the open world
    /// (a module ncc does not evaluate may declare it) and for a namespace of `lib` ncc
    /// carries in part; yes for a stand-in (`pkgs`), which has every name; else no.
    pub(crate) fn has_missing(
        &self,
        attrs: &Rc<Attrs>,
        name: &Name,
        span: Span,
    ) -> EvalResult<bool> {
        if let Some(error) = self.unknown_builtin(attrs, name, span) {
            return Err(error);
        }
        if let Some(group) = attrs.open() {
            return Err(EvalError::unknown(
                open_option(self, group, std::slice::from_ref(name)),
                Some(span),
            ));
        }
        if attrs.library_part() {
            if let Some(error) = self.missing_from_library(name, attrs, span) {
                return Err(error);
            }
        }
        // A stand-in has every attribute but `__functor`: it is a set that is no function,
        // as `builtins.isFunction` answers, so that nixpkgs lib's `isFunction`, which asks
        // for `__functor` and calls it, ends (`lib.isFunction pkgs.hello` is false).
        let stand_in = attrs.placeholder().is_some() && name.as_str() != "__functor";
        Ok(stand_in || self.library_builtin(attrs, name).is_some())
    }

    pub fn missing_attribute(&self, name: &Name, attrs: &Attrs, span: Span) -> Box<EvalError> {
        if let Some(group) = attrs.open() {
            return EvalError::unknown(
                open_option(self, group, std::slice::from_ref(name)),
                Some(span),
            );
        }
        if let Some(error) = self.missing_from_library(name, attrs, span) {
            return error;
        }
        // A name made from a value ncc stands in for (`hosts.${config.networking.hostName}`
        // with that `config` another evaluation's, read through a flake's outputs) holds
        // its store path where Nix has the text: which attribute it names is unknown.
        if let Some(stand_in) = opaque::stand_in_in(name.as_str()) {
            return EvalError::unknown(
                format!("the attribute named by `{stand_in}', a value ncc stands in for"),
                Some(span),
            );
        }
        let mut error = EvalError::message(format!("attribute '{name}' missing"), Some(span));
        let suggestions = did_you_mean(name.as_str(), attrs.names());
        if !suggestions.is_empty() {
            error.help = Some(format!("did you mean {}?", quote_list(&suggestions)));
        }
        error
    }

    /// `builtins.<name>` for a `name` ncc's `lib` (`attrs`, itself, not a namespace) lacks,
    /// when the code was written against a nixpkgs other than 25.11: nixpkgs' lib takes
    /// builtins in under their own names (`lib.readDir` after 25.11), never another
    /// function under a builtin's name.
    fn library_builtin(&self, attrs: &Attrs, name: &Name) -> Option<Thunk> {
        if attrs.library()? != "lib" || self.library_release.is_none() {
            return None;
        }
        let Some(Value::Attrs(builtins)) = &self.builtins_value else {
            return None;
        };
        Some(builtins.get(name.as_str())?.value.clone())
    }

    /// `name`, which ncc's `lib` (or its namespace `attrs`) lacks, as unknown: when ncc
    /// carries that namespace in part, or the code was written against a nixpkgs other
    /// than 25.11, whose lib may have it.
    fn missing_from_library(
        &self,
        name: &Name,
        attrs: &Attrs,
        span: Span,
    ) -> Option<Box<EvalError>> {
        let path = attrs.library()?;
        let help = match (attrs.library_part(), self.library_release.as_deref()) {
            (true, _) => format!(
                "ncc carries part of `{path}`, not `{name}`, which nixpkgs lib 25.11 may have"
            ),
            (false, Some(release)) => format!(
                "ncc's lib is {}, which has no `{path}.{name}`; {release} may have it",
                self.library_carried
                    .as_deref()
                    .unwrap_or("nixpkgs lib 25.11")
            ),
            (false, None) => return None,
        };
        let mut error = EvalError::unknown(format!("`{path}.{name}'"), Some(span));
        error.help = Some(help);
        Some(error)
    }

    /// A name no lexical binding holds, looked up in the `with` scopes, innermost first,
    /// then among the globals.
    ///
    /// An opaque scope (`with pkgs;`) has every name, but which it really has ncc cannot
    /// know: a name found in a scope ncc can see (`with lib;`) is taken from there, and
    /// otherwise from the innermost opaque scope, as the package it most likely is. The
    /// few names that are both a function of nixpkgs' `lib` and a package of nixpkgs'
    /// top level ([`PACKAGES_NAMED_LIKE_LIB`]) are the package when the opaque scope is the
    /// inner one, as in `with lib; ... with pkgs; [ zip ]`, where Nix finds `pkgs.zip`;
    /// so is every name when the inner opaque scope is a library (`with lib; with
    /// pkgs.nur.repos.x.lib; getFiles`), which may have any of lib's names itself.
    fn lookup_with(&mut self, name: &Name, env: &Rc<Env>, span: Span) -> EvalResult<Thunk> {
        let mut current = Some(env.clone());
        let mut opaque: Option<String> = None;
        // Whether that opaque scope is a library (`with inputs.site.lib;`, `with
        // pkgs.nur.repos.x.lib;`): one that may well have the names of nixpkgs' lib
        // (`getFiles`, `mkIf`), which Nix finds there first.
        let mut opaque_library = false;
        // The innermost namespace that is a group of the open world (`with
        // config.ids.uids;`): a name none of the namespaces has may be one of its options
        // some module ncc does not evaluate declares.
        let mut open = None;
        // The innermost namespace that is ncc's `lib` or a namespace of it (`with lib;`):
        // a name none has may be that of another release's lib.
        let mut library: Option<Rc<Attrs>> = None;
        while let Some(scope) = current {
            if let EnvKind::With(namespace) = &scope.kind {
                let namespace = namespace.clone();
                let value = self.force(&namespace, Some(span))?;
                let attrs = self.expect_attrs(value, span)?;
                let found = match attrs.get(name.as_str()) {
                    Some(entry) => Some(entry.value.clone()),
                    None => self.library_builtin(&attrs, name),
                };
                if let Some(found) = found {
                    match &opaque {
                        Some(path)
                            if opaque_library
                                || PACKAGES_NAMED_LIKE_LIB.contains(&name.as_str()) =>
                        {
                            return Ok(Thunk::ready((self.hooks.placeholder)(path)));
                        }
                        _ => return Ok(found),
                    }
                }
                if opaque.is_none() {
                    if let Some(path) = attrs.placeholder() {
                        opaque = Some(format!("{path}.{name}"));
                        opaque_library = path == "lib" || path.ends_with(".lib");
                    }
                }
                if open.is_none() {
                    if let Some(group) = attrs.open() {
                        open = Some(open_option(self, group, std::slice::from_ref(name)));
                    }
                }
                if library.is_none() && attrs.library().is_some() {
                    library = Some(attrs);
                }
            }
            current = scope.parent.clone();
        }
        if let Some(global) = self.globals.get(name) {
            return Ok(global.clone());
        }
        if let Some(path) = opaque {
            return Ok(Thunk::ready((self.hooks.placeholder)(&path)));
        }
        if let Some(option) = open {
            return Err(EvalError::unknown(option, Some(span)));
        }
        if let Some(error) = library.and_then(|lib| self.missing_from_library(name, &lib, span)) {
            return Err(error);
        }
        Err(EvalError::message(
            format!("undefined variable '{name}'"),
            Some(span),
        ))
    }

    /// Calls `function` with `argument`.
    pub fn apply(&mut self, function: Value, argument: Thunk, span: Span) -> EvalResult<Value> {
        self.step(span)?;
        self.enter(Some(span))?;
        let result = self.apply_inner(function, argument, span);
        self.leave();
        result.map_err(|error| with_frame(error, span, "while calling this function"))
    }

    fn apply_inner(&mut self, function: Value, argument: Thunk, span: Span) -> EvalResult<Value> {
        match function {
            Value::Lambda(closure) => self.call_lambda(&closure, argument, span),
            Value::Builtin(app) => {
                let mut args = app.args.clone();
                args.push(argument);
                if args.len() < app.builtin.arity {
                    return Ok(Value::Builtin(Rc::new(value::BuiltinApp {
                        builtin: app.builtin,
                        args,
                    })));
                }
                (app.builtin.run)(self, &args, span)
            }
            Value::Attrs(attrs) if attrs.get("__functor").is_some() => {
                let functor = attrs.get("__functor").expect("checked").value.clone();
                let functor = self.force(&functor, Some(span))?;
                let partially = self.apply(functor, Thunk::ready(Value::Attrs(attrs)), span)?;
                self.apply(partially, argument, span)
            }
            Value::Attrs(attrs) if attrs.placeholder().is_some() => {
                // `pkgs.callPackage ./x { }`, `pkgs.writeText "a" "b"`: see the stand-in.
                let path = attrs.placeholder().unwrap_or("pkgs");
                Ok((self.hooks.apply_placeholder)(path, argument))
            }
            other => Err(EvalError::message(
                format!(
                    "attempt to call something which is not a function but {}",
                    other.type_phrase()
                ),
                Some(span),
            )),
        }
    }

    fn call_lambda(&mut self, closure: &Closure, argument: Thunk, span: Span) -> EvalResult<Value> {
        let lambda = closure.lambda.clone();
        match &lambda.param {
            Param::Ident(_) => {
                let env = Rc::new(Env {
                    parent: Some(closure.env.clone()),
                    kind: EnvKind::One(argument),
                });
                self.eval(lambda.body, &env)
            }
            Param::Formals {
                formals,
                ellipsis,
                bind,
            } => {
                let value = self.force(&argument, Some(span))?;
                let attrs = match value {
                    Value::Attrs(attrs) => attrs,
                    other => return Err(self.type_error(&other, "a set", span)),
                };
                let lambda_span = self.ir.span(closure.expr);
                // Only an error names the function: its position (which indexes the lines
                // of its file) is not worked out for every call.
                let describe = || {
                    let position = self.sources.position(lambda_span);
                    match self.ir.lambda_name(closure.expr) {
                        Some(name) => format!("'{name}' at {position}"),
                        None => format!("anonymous function at {position}"),
                    }
                };
                if !ellipsis {
                    for name in attrs.names() {
                        if !formals.iter().any(|f| f.name.as_str() == name) {
                            let mut error = EvalError::message(
                                format!("{} called with unexpected argument '{name}'", describe()),
                                Some(span),
                            );
                            let names: Vec<&str> =
                                formals.iter().map(|f| f.name.as_str()).collect();
                            let suggestions = did_you_mean(name, names);
                            if !suggestions.is_empty() {
                                error.help =
                                    Some(format!("did you mean {}?", quote_list(&suggestions)));
                            }
                            error.labels.push(crate::diagnostic::Label {
                                span: lambda_span,
                                message: "the function is defined here".to_owned(),
                            });
                            return Err(error);
                        }
                    }
                }
                let mut slots: Vec<Thunk> = Vec::with_capacity(lambda.frame_size as usize);
                let mut defaults = Vec::new();
                for (index, formal) in formals.iter().enumerate() {
                    match attrs.get(formal.name.as_str()) {
                        Some(entry) => slots.push(entry.value.clone()),
                        None => match formal.default {
                            Some(default) => {
                                slots.push(Thunk::uninitialised());
                                defaults.push((index, default));
                            }
                            None => {
                                let mut error = EvalError::message(
                                    format!(
                                        "{} called without required argument '{}'",
                                        describe(),
                                        formal.name
                                    ),
                                    Some(span),
                                );
                                error.labels.push(crate::diagnostic::Label {
                                    span: lambda_span,
                                    message: "the function is defined here".to_owned(),
                                });
                                return Err(error);
                            }
                        },
                    }
                }
                if bind.is_some() {
                    slots.push(Thunk::ready(Value::Attrs(attrs.clone())));
                }
                let env = Rc::new(Env {
                    parent: Some(closure.env.clone()),
                    kind: EnvKind::Slots(slots.into_boxed_slice()),
                });
                if !defaults.is_empty() {
                    self.remember_frame(&env);
                }
                if let EnvKind::Slots(slots) = &env.kind {
                    for (index, default) in defaults {
                        slots[index].initialise(default, env.clone());
                    }
                }
                self.eval(lambda.body, &env)
            }
        }
    }

    fn eval_binary(
        &mut self,
        op: BinaryOp,
        left: ExprId,
        right: ExprId,
        env: &Rc<Env>,
        span: Span,
    ) -> EvalResult<Value> {
        match op {
            BinaryOp::And | BinaryOp::Or | BinaryOp::Implication => {
                let left_value = self.eval(left, env)?;
                let Value::Bool(l) = left_value else {
                    return Err(self.type_error(&left_value, "a Boolean", self.ir.span(left)));
                };
                let short = match op {
                    BinaryOp::And => (!l).then_some(false),
                    BinaryOp::Or => l.then_some(true),
                    _ => (!l).then_some(true),
                };
                if let Some(result) = short {
                    return Ok(Value::Bool(result));
                }
                let right_value = self.eval(right, env)?;
                match right_value {
                    Value::Bool(r) => Ok(Value::Bool(r)),
                    other => Err(self.type_error(&other, "a Boolean", self.ir.span(right))),
                }
            }
            BinaryOp::Equal | BinaryOp::NotEqual => {
                let l = self.eval(left, env)?;
                let r = self.eval(right, env)?;
                let equal = self.values_equal(&l, &r, span)?;
                Ok(Value::Bool(equal == (op == BinaryOp::Equal)))
            }
            BinaryOp::Update => {
                let l = self.eval(left, env)?;
                let l = self.expect_attrs(l, self.ir.span(left))?;
                let r = self.eval(right, env)?;
                let r = self.expect_attrs(r, self.ir.span(right))?;
                if r.is_plainly_empty() {
                    return Ok(Value::Attrs(l));
                }
                if l.is_plainly_empty() {
                    return Ok(Value::Attrs(r));
                }
                self.charge_items(l.len() + r.len(), span)?;
                Ok(Value::Attrs(Rc::new(l.update(&r))))
            }
            BinaryOp::Concat => {
                let l = self.eval(left, env)?;
                let r = self.eval(right, env)?;
                let (Value::List(a), Value::List(b)) = (&l, &r) else {
                    let (bad, at) = if matches!(l, Value::List(_)) {
                        (&r, right)
                    } else {
                        (&l, left)
                    };
                    return Err(self.type_error(bad, "a list", self.ir.span(at)));
                };
                self.charge_items(a.len() + b.len(), span)?;
                let mut items = Vec::with_capacity(a.len() + b.len());
                items.extend(a.iter().cloned());
                items.extend(b.iter().cloned());
                Ok(Value::List(Rc::from(items)))
            }
            BinaryOp::Less
            | BinaryOp::LessOrEqual
            | BinaryOp::Greater
            | BinaryOp::GreaterOrEqual => {
                let l = self.eval(left, env)?;
                let r = self.eval(right, env)?;
                let result = match op {
                    BinaryOp::Less => self.less_than(&l, &r, span)?,
                    BinaryOp::Greater => self.less_than(&r, &l, span)?,
                    BinaryOp::LessOrEqual => !self.less_than(&r, &l, span)?,
                    _ => !self.less_than(&l, &r, span)?,
                };
                Ok(Value::Bool(result))
            }
            BinaryOp::Add => {
                let l = self.eval(left, env)?;
                let r = self.eval(right, env)?;
                // What Nix refuses (`"127.0.0.1:" + cfg.port`, `cfg.port + "/tcp"`) is
                // unknown where the number is an option ncc does not see declared, which
                // NixOS may have made a string.
                let refused = match (&l, &r) {
                    (
                        Value::String(_),
                        Value::Int(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                        | Value::Null
                        | Value::List(_),
                    ) => Some((&r, right)),
                    (Value::Int(_) | Value::Float(_) | Value::List(_), Value::String(_)) => {
                        Some((&l, left))
                    }
                    _ => None,
                };
                if let Some((value, expr)) = refused {
                    let span = self.ir.span(expr);
                    if let Some(unknown) = self.undeclared_in_string(value, expr, env, span) {
                        return Err(unknown);
                    }
                }
                match (&l, &r) {
                    (Value::Path(p), _) => {
                        let suffix = self.coerce_to_string(&r, span, false)?;
                        self.charge_bytes(p.len() + suffix.len(), span)?;
                        Ok(Value::Path(Rc::from(canonicalize(&format!("{p}{suffix}")))))
                    }
                    (Value::String(s), _) => {
                        self.check_store_copy(&r, self.ir.span(right))?;
                        let r = self.copied_to_store(r.clone(), self.ir.span(right))?;
                        let mut context = context::Context::new();
                        self.collect_context(&l, &mut context);
                        let suffix = self.coerce_to_string_in(&r, span, false, &mut context)?;
                        self.charge_bytes(s.len() + suffix.len(), span)?;
                        Ok(self.string_with_context(&format!("{s}{suffix}"), context))
                    }
                    (Value::Int(_) | Value::Float(_), _) => self.arithmetic(op, l, r, span),
                    // Anything else is string concatenation: both sides must coerce.
                    _ => {
                        let mut context = context::Context::new();
                        let prefix = self.coerce_to_string_in(&l, span, false, &mut context)?;
                        let suffix = self.coerce_to_string_in(&r, span, false, &mut context)?;
                        self.charge_bytes(prefix.len() + suffix.len(), span)?;
                        Ok(self.string_with_context(&format!("{prefix}{suffix}"), context))
                    }
                }
            }
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => {
                let l = self.eval(left, env)?;
                let r = self.eval(right, env)?;
                self.arithmetic(op, l, r, span)
            }
            BinaryOp::PipeLeft | BinaryOp::PipeRight => {
                Err(EvalError::new(ErrorKind::AlreadyReported, Some(span)))
            }
        }
    }

    pub fn arithmetic(
        &mut self,
        op: BinaryOp,
        l: Value,
        r: Value,
        span: Span,
    ) -> EvalResult<Value> {
        let verb = match op {
            BinaryOp::Add => "adding",
            BinaryOp::Sub => "subtracting",
            BinaryOp::Mul => "multiplying",
            _ => "dividing",
        };
        match (l, r) {
            (Value::Int(a), Value::Int(b)) => {
                let result = match op {
                    BinaryOp::Add => a.checked_add(b),
                    BinaryOp::Sub => a.checked_sub(b),
                    BinaryOp::Mul => a.checked_mul(b),
                    _ => {
                        if b == 0 {
                            return Err(EvalError::message("division by zero", Some(span)));
                        }
                        if a == i64::MIN && b == -1 {
                            return Err(EvalError::message(
                                "overflow in integer division",
                                Some(span),
                            ));
                        }
                        a.checked_div(b)
                    }
                };
                result.map(Value::Int).ok_or_else(|| {
                    EvalError::message(
                        format!("integer overflow in {verb} {a} and {b}"),
                        Some(span),
                    )
                })
            }
            (a @ (Value::Int(_) | Value::Float(_)), b @ (Value::Int(_) | Value::Float(_))) => {
                let x = as_float(&a);
                let y = as_float(&b);
                Ok(Value::Float(match op {
                    BinaryOp::Add => x + y,
                    BinaryOp::Sub => x - y,
                    BinaryOp::Mul => x * y,
                    _ => {
                        if y == 0.0 {
                            return Err(EvalError::message("division by zero", Some(span)));
                        }
                        x / y
                    }
                }))
            }
            (left @ (Value::Int(_) | Value::Float(_)), other) if op == BinaryOp::Add => {
                Err(EvalError::message(
                    format!(
                        "cannot add {} to {}",
                        other.type_phrase(),
                        left.type_phrase()
                    ),
                    Some(span),
                ))
            }
            (Value::Int(_) | Value::Float(_), other) | (other, _) => {
                Err(self.type_error(&other, "an integer", span))
            }
        }
    }

    pub fn type_error(&self, value: &Value, expected: &str, span: Span) -> Box<EvalError> {
        // A package or an external source might well be what was expected.
        if let Some(what) = value.opaque() {
            return EvalError::unknown(format!("`{what}'"), Some(span));
        }
        EvalError::message(
            format!(
                "value is {} while {} was expected",
                value.type_phrase(),
                expected
            ),
            Some(span),
        )
    }

    pub fn expect_attrs(&self, value: Value, span: Span) -> EvalResult<Rc<Attrs>> {
        match value {
            Value::Attrs(attrs) => Ok(attrs),
            other => Err(self.type_error(&other, "a set", span)),
        }
    }

    /// Forces `value` and everything inside it, as `--strict` and `deepSeq` do: depth
    /// first, in order, each set or list once (a value that contains itself is fine).
    /// The walk keeps its own stack, so the depth of the value does not matter.
    pub fn deep_force(&mut self, value: &Value, span: Span) -> EvalResult<()> {
        self.deep_force_passing(value, span, false)
    }

    /// [`Self::deep_force`], passing over each part ncc cannot know (an unknown error)
    /// rather than stopping there: the parts of the open world that ncc checks nothing
    /// of. Returns the first other error.
    pub fn deep_force_known(&mut self, value: &Value, span: Span) -> EvalResult<()> {
        self.deep_force_passing(value, span, true)
    }

    fn deep_force_passing(&mut self, value: &Value, span: Span, unknowns: bool) -> EvalResult<()> {
        let mut seen: std::collections::HashSet<usize> = Default::default();
        let mut pending: Vec<Thunk> = Vec::new();
        let mut next = Some(value.clone());
        loop {
            let value = match next.take() {
                Some(value) => value,
                None => match pending.pop() {
                    Some(thunk) => match self.force(&thunk, Some(span)) {
                        Err(error) if unknowns && error.is_unknown() => continue,
                        forced => forced?,
                    },
                    None => return Ok(()),
                },
            };
            match value {
                Value::Attrs(attrs) if seen.insert(Rc::as_ptr(&attrs) as *const u8 as usize) => {
                    self.charge_items(attrs.len(), span)?;
                    pending.extend(attrs.entries().iter().rev().map(|e| e.value.clone()));
                }
                Value::List(items) if seen.insert(items.as_ptr() as *const u8 as usize) => {
                    self.charge_items(items.len(), span)?;
                    pending.extend(items.iter().rev().cloned());
                }
                _ => {}
            }
        }
    }

    /// `==`: compares depth first, in order, and stops at the first difference. The walk
    /// keeps its own stack, so the depth of the values does not matter.
    pub fn values_equal(&mut self, a: &Value, b: &Value, span: Span) -> EvalResult<bool> {
        let mut pending: Vec<(Thunk, Thunk)> = Vec::new();
        let mut next = Some((a.clone(), b.clone()));
        loop {
            let (a, b) = match next.take() {
                Some(pair) => pair,
                None => match pending.pop() {
                    Some((i, j)) => {
                        let vi = self.force(&i, Some(span))?;
                        let vj = self.force(&j, Some(span))?;
                        (vi, vj)
                    }
                    None => return Ok(true),
                },
            };
            // A package or an external source is never null, and nothing more is known
            // of it: whether it equals anything else is unknown. A value of a file ncc
            // does not read may be null: asked by the project (`vars.domain == null`),
            // whether it is, is unknown too.
            if let Some(what) = a.opaque().or(b.opaque()) {
                match (&a, &b) {
                    (Value::Null, _) | (_, Value::Null)
                        if !opaque::is_unread_file_value(what)
                            || crate::source::is_ncc_own(&self.sources.file(span.file).path) =>
                    {
                        return Ok(false)
                    }
                    (Value::Attrs(x), Value::Attrs(y)) if Rc::ptr_eq(x, y) => continue,
                    (known, _) | (_, known)
                        if what.starts_with("inputs.") && never_from_an_input(known) =>
                    {
                        return Ok(false)
                    }
                    _ => return Err(EvalError::unknown(format!("`{what}'"), Some(span))),
                }
            }
            let same = match (&a, &b) {
                (Value::Null, Value::Null) => true,
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x), Value::Int(y)) => x == y,
                (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                    as_float(&a) == as_float(&b)
                }
                (Value::String(x), Value::String(y)) => x == y,
                (Value::Path(x), Value::Path(y)) => x == y,
                (Value::List(x), Value::List(y)) => {
                    if x.len() == y.len() {
                        self.charge_items(x.len(), span)?;
                        let pairs = x.iter().zip(y.iter()).rev();
                        let pairs = pairs.filter(|(i, j)| !i.ptr_eq(j));
                        pending.extend(pairs.map(|(i, j)| (i.clone(), j.clone())));
                    }
                    x.len() == y.len()
                }
                (Value::Attrs(x), Value::Attrs(y)) => {
                    if Rc::ptr_eq(x, y) {
                        continue;
                    }
                    names_decided(self, x, span)?;
                    names_decided(self, y, span)?;
                    if is_derivation(x) && is_derivation(y) {
                        if let (Some(p), Some(q)) = (x.get("outPath"), y.get("outPath")) {
                            pending.push((p.value.clone(), q.value.clone()));
                            continue;
                        }
                    }
                    let same_names = x.len() == y.len()
                        && x.entries()
                            .iter()
                            .zip(y.entries())
                            .all(|(i, j)| i.name == j.name);
                    if same_names {
                        self.charge_items(x.len(), span)?;
                        let pairs = x.entries().iter().zip(y.entries()).rev();
                        let pairs = pairs.filter(|(i, j)| !i.value.ptr_eq(&j.value));
                        pending.extend(pairs.map(|(i, j)| (i.value.clone(), j.value.clone())));
                    }
                    same_names
                }
                _ => false,
            };
            if !same {
                return Ok(false);
            }
        }
    }

    /// `<`: numbers, strings, paths, and lists by their first differing element.
    pub fn less_than(&mut self, a: &Value, b: &Value, span: Span) -> EvalResult<bool> {
        let (mut a, mut b) = (a.clone(), b.clone());
        loop {
            match (&a, &b) {
                (Value::Int(x), Value::Int(y)) => return Ok(x < y),
                (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                    return Ok(as_float(&a) < as_float(&b))
                }
                (Value::String(x), Value::String(y)) => return Ok(x < y),
                (Value::Path(x), Value::Path(y)) => return Ok(x < y),
                (Value::List(x), Value::List(y)) => {
                    let (x, y) = (x.clone(), y.clone());
                    let mut differing = None;
                    for (index, (i, j)) in x.iter().zip(y.iter()).enumerate() {
                        self.charge_items(1, span)?;
                        let vi = self.force(i, Some(span))?;
                        let vj = self.force(j, Some(span))?;
                        if !self.values_equal(&vi, &vj, span)? {
                            differing = Some((index, vi, vj));
                            break;
                        }
                    }
                    match differing {
                        // The first differing elements decide: compare them in turn.
                        Some((_, vi, vj)) => (a, b) = (vi, vj),
                        None => return Ok(x.len() < y.len()),
                    }
                }
                _ => {
                    return Err(EvalError::message(
                        format!(
                            "cannot compare {} with {}",
                            a.type_phrase(),
                            b.type_phrase()
                        ),
                        Some(span),
                    ))
                }
            }
        }
    }

    /// Coerces a value to a string as interpolation does (`coerce_more` = `toString`).
    /// Nested lists are walked with an explicit stack, so their depth does not matter.
    pub fn coerce_to_string(
        &mut self,
        value: &Value,
        span: Span,
        coerce_more: bool,
    ) -> EvalResult<String> {
        self.coerce_to_string_in(value, span, coerce_more, &mut context::Context::new())
    }

    /// As [`Evaluator::coerce_to_string`], adding the context of what it reads to `context`.
    pub fn coerce_to_string_in(
        &mut self,
        value: &Value,
        span: Span,
        coerce_more: bool,
        context: &mut context::Context,
    ) -> EvalResult<String> {
        match value {
            Value::String(s) => {
                self.collect_context(value, context);
                Ok(s.to_string())
            }
            Value::Path(p) => Ok(p.to_string()),
            Value::Attrs(attrs) => {
                if let Some(function) = attrs.get("__toString") {
                    let function = function.value.clone();
                    let function = self.force(&function, Some(span))?;
                    let result = self.apply(function, Thunk::ready(value.clone()), span)?;
                    return self.deeper(span, |ev| {
                        ev.coerce_to_string_in(&result, span, coerce_more, context)
                    });
                }
                if let Some(out) = attrs.get("outPath") {
                    let out = out.value.clone();
                    let out = self.force(&out, Some(span))?;
                    return self.deeper(span, |ev| {
                        ev.coerce_to_string_in(&out, span, coerce_more, context)
                    });
                }
                if let Some(group) = attrs.open() {
                    // An option of the open world (`"${config.vault-secrets.secrets.web}/env"`):
                    // its declaration, which ncc does not see, may give its value an
                    // `outPath` or a `__toString`, as a submodule's options can.
                    let option = if group.is_empty() {
                        "the configuration".to_owned()
                    } else {
                        format!("the option `{group}'")
                    };
                    return Err(EvalError::unknown(
                        format!("{option} as a string (its declaration, not seen by ncc, may give it one)"),
                        Some(span),
                    ));
                }
                Err(EvalError::message(
                    "cannot coerce a set to a string".to_owned(),
                    Some(span),
                ))
            }
            Value::Int(i) if coerce_more => Ok(i.to_string()),
            Value::Float(f) if coerce_more => Ok(print::format_float_to_string(*f)),
            Value::Bool(true) if coerce_more => Ok("1".to_owned()),
            Value::Bool(false) | Value::Null if coerce_more => Ok(String::new()),
            Value::List(items) if coerce_more => {
                // Each element in turn, and a space after each but the last of its list
                // unless the element is an empty list, as Nix does it.
                enum Step {
                    List(Rc<[Thunk]>, usize),
                    Space,
                }
                let mut out = String::new();
                let mut steps = vec![Step::List(items.clone(), 0)];
                self.charge_items(items.len(), span)?;
                while let Some(step) = steps.pop() {
                    let (items, index) = match step {
                        Step::Space => {
                            out.push(' ');
                            continue;
                        }
                        Step::List(items, index) if index < items.len() => (items, index),
                        Step::List(..) => continue,
                    };
                    let last = index + 1 == items.len();
                    let item = self.force(&items[index], Some(span))?;
                    steps.push(Step::List(items, index + 1));
                    if !last && !matches!(&item, Value::List(inner) if inner.is_empty()) {
                        steps.push(Step::Space);
                    }
                    match item {
                        Value::List(inner) => {
                            self.charge_items(inner.len(), span)?;
                            steps.push(Step::List(inner, 0));
                        }
                        other => {
                            let text = self.coerce_to_string_in(&other, span, true, context)?;
                            self.charge_bytes(text.len(), span)?;
                            out.push_str(&text);
                        }
                    }
                }
                Ok(out)
            }
            other => Err(EvalError::message(
                format!("cannot coerce {} to a string", other.type_phrase()),
                Some(span),
            )),
        }
    }

    /// In a string, a path is copied to the store, which needs the file to exist. ncc
    /// copies nothing and keeps the path as it is, but fails as Nix does when it is missing,
    /// unless it is a file each machine provides (git-ignored, in an unfetched submodule):
    /// the store path Nix makes of it there is unknown.
    fn check_store_copy(&self, value: &Value, span: Span) -> EvalResult<()> {
        if let Value::Path(path) = value {
            if opaque::is_fake_store_path(path) {
                // Already "in the store": an external source ncc does not fetch.
                return Ok(());
            }
            self.io
                .check_access(path)
                .map_err(|message| self.outside_project(path, message, Some(span)))?;
        }
        match value {
            Value::Path(path) if !self.io.path_exists(path) => {
                match self.machine_local_name(path) {
                    Some(shown) => Err(EvalError::unknown(
                        format!("the store path of `{shown}'"),
                        Some(span),
                    )),
                    None => Err(EvalError::message(
                        format!("getting status of '{path}': No such file or directory"),
                        Some(span),
                    )),
                }
            }
            _ => Ok(()),
        }
    }

    /// A path in a place where Nix copies it to the store: with
    /// [`Evaluator::copy_paths_to_store`], the store path Nix names it by (its contents'
    /// NAR hash), a string whose context is that path; otherwise the value itself.
    pub fn copied_to_store(&mut self, value: Value, span: Span) -> EvalResult<Value> {
        let Value::Path(path) = &value else {
            return Ok(value);
        };
        if !self.copy_paths_to_store || opaque::is_fake_store_path(path) {
            return Ok(value);
        }
        let stored = match self.store_copies.get(path) {
            Some(stored) => stored.clone(),
            None => {
                let named = nar::store_path_of(self.io, path)
                    .map_err(|message| EvalError::message(message, Some(span)))?;
                let Some(named) = named else {
                    return Ok(value);
                };
                let named: Rc<str> = Rc::from(named);
                self.store_copies.insert(path.clone(), named.clone());
                named
            }
        };
        let mut context = context::Context::new();
        context.insert(context::ContextElement::Path(stored.clone()));
        Ok(self.string_with_context(&stored, context))
    }

    /// Whether the project of the code at `span` interpolates integers (Lix's
    /// `coerce-integers`), asked once.
    fn coerces_integers(&mut self, span: Span) -> bool {
        if let Some(on) = self.coerce_integers {
            return on;
        }
        let path = self.sources.file(span.file).path.clone();
        let on = (self.hooks.coerce_integers)(self.io, &path);
        self.coerce_integers = Some(on);
        on
    }

    fn interpolate(
        &mut self,
        parts: &[StrPart],
        env: &Rc<Env>,
        in_string: bool,
        context: &mut context::Context,
    ) -> EvalResult<String> {
        let mut out = String::new();
        for part in parts {
            match part {
                StrPart::Literal(text) => out.push_str(text),
                StrPart::Interpolation(expr) => {
                    let mut value = self.eval(*expr, env)?;
                    if in_string {
                        self.check_store_copy(&value, self.ir.span(*expr))?;
                        value = self.copied_to_store(value, self.ir.span(*expr))?;
                    }
                    let span = self.ir.span(*expr);
                    let text = match value {
                        Value::Int(number) if self.coerces_integers(span) => number.to_string(),
                        Value::Int(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                        | Value::Null
                        | Value::List(_) => {
                            if let Some(unknown) =
                                self.undeclared_in_string(&value, *expr, env, span)
                            {
                                return Err(unknown);
                            }
                            self.coerce_to_string_in(&value, span, false, context)?
                        }
                        value => self.coerce_to_string_in(&value, span, false, context)?,
                    };
                    self.charge_bytes(text.len(), span)?;
                    out.push_str(&text);
                }
            }
        }
        Ok(out)
    }
}

impl Evaluator<'_> {
    /// Where `value`, the value of `expr`, is about to be refused in a string (an
    /// integer, a float, a Boolean, null or a list): unknown rather than Nix's refusal if
    /// it is an option no module ncc evaluates declares, whose declaration may `apply`
    /// what makes it a string (`apply = toString` on acme-dns's `settings.api.port`,
    /// `apply = escapeShellArgs` on wyoming openwakeword's `extraArgs`). A list says
    /// itself whose value it is (an open list); any other value is traced by `expr`.
    fn undeclared_in_string(
        &mut self,
        value: &Value,
        expr: ExprId,
        env: &Rc<Env>,
        span: Span,
    ) -> Option<Box<EvalError>> {
        let option = match value {
            Value::List(items) => {
                let loc = self.open_lists.option_of(items)?;
                format!("the option `{}'", crate::modules::show_option(&loc))
            }
            _ => self.undeclared_option_read(expr, env)?,
        };
        Some(EvalError::unknown(
            format!(
                "{option} as a string (defined as {}; its declaration, not seen by ncc, \
                 may make it one with `apply`)",
                value.type_phrase()
            ),
            Some(span),
        ))
    }

    /// The option of the open world that `expr` reads as written, where no module ncc
    /// evaluates declares it (`config.services.acme-dns.settings.api.port`, or `cfg.port`
    /// with `cfg` such a group), shown as a message names it. Its value is then the merge
    /// of its definitions, not what NixOS gives: NixOS passes that through the `apply` of
    /// the declaration ncc does not see. `None` for any other expression, and for an
    /// option declared by the project or by ncc, whose value ncc knows. Only asked where
    /// a value is about to be refused, so the path is walked again, from values already
    /// evaluated.
    fn undeclared_option_read(&mut self, expr: ExprId, env: &Rc<Env>) -> Option<String> {
        let node = self.ir.expr_rc(expr);
        let Expr::Select { set, path, .. } = &*node else {
            return None;
        };
        let (last, walk) = path.split_last()?;
        let mut current = self.eval(*set, env).ok()?;
        for key in walk {
            let name = self.attr_key(key, env).ok()?;
            let Value::Attrs(attrs) = current else {
                return None;
            };
            let thunk = attrs.get(name.as_str())?.value.clone();
            current = self.force(&thunk, None).ok()?;
        }
        let name = self.attr_key(last, env).ok()?;
        let Value::Attrs(attrs) = current else {
            return None;
        };
        // Read from the set, not the `or` default written after it.
        attrs.get(name.as_str())?;
        let group = attrs.undeclared_name(name.as_str())?;
        Some(open_option(self, group, std::slice::from_ref(&name)))
    }
}

/// Values refer to the frames they were made in, and a frame's slots to the values made
/// in it: a `let` whose bindings refer to one another, a `rec` set, a function default,
/// the `builtins.builtins` that is `builtins`. Reference counting never frees such a
/// cycle, so every compilation would leak its evaluation. When the evaluator goes, the
/// unevaluated slots of the frames still alive are emptied, which breaks the cycles that
/// run through them (about half of what a compilation would leak); a value kept beyond
/// the evaluator keeps what it has already computed.
impl Drop for Evaluator<'_> {
    fn drop(&mut self) {
        for frame in std::mem::take(&mut self.frames) {
            let Some(frame) = frame.upgrade() else {
                continue;
            };
            if let Some(slots) = frame.kind.slots() {
                for slot in slots.iter() {
                    if let Ok(mut state) = slot.0.try_borrow_mut() {
                        if !matches!(*state, ThunkState::Done(_)) {
                            *state = ThunkState::Uninitialised;
                        }
                    }
                }
            }
        }
        if let Some(Value::Attrs(builtins)) = &self.builtins_value {
            if let Some(entry) = builtins.get("builtins") {
                if let Ok(mut state) = entry.value.0.try_borrow_mut() {
                    *state = ThunkState::Uninitialised;
                }
            }
        }
    }
}

/// How many call sites an error collects on its way out: enough to read, not a dump.
const MAX_FRAMES: usize = 6;

/// Adds the place an error passed through as a label, unless it is already there.
fn with_frame(mut error: Box<EvalError>, span: Span, message: &str) -> Box<EvalError> {
    // An unknown with no place of its own (the default of an option no module defines),
    // and an option with no default that no module defines, are shown where they are
    // first read, not at the whole entry file: the read is what needs the value.
    let undefined_option = matches!(error.kind, ErrorKind::Module(ModuleErrorCode::NoValue, _));
    if error.span.is_none() && (error.is_unknown() || undefined_option) {
        error.span = Some(span);
        return error;
    }
    let reportable = !matches!(error.kind, ErrorKind::AlreadyReported | ErrorKind::TooDeep);
    // A frame around the error itself adds nothing the caret does not already show.
    let encloses =
        |inner: Span| inner.file == span.file && span.start <= inner.start && inner.end <= span.end;
    let around_primary = error.span.is_some_and(encloses);
    let around_label = error.labels.iter().any(|label| encloses(label.span));
    if reportable && !around_primary && !around_label && error.labels.len() < MAX_FRAMES {
        error.labels.push(crate::diagnostic::Label {
            span,
            message: message.to_owned(),
        });
    }
    error
}

/// The option path of `name` in the open-world group at `group` (`""` at the top).
fn open_option(ev: &Evaluator, group: &str, names: &[Name]) -> String {
    let name = (ev.hooks.option_name)(names);
    if group.is_empty() {
        format!("the option `{name}'")
    } else {
        format!("the option `{group}.{name}'")
    }
}

pub(crate) fn lookup_local(env: &Rc<Env>, up: u32, slot: u32) -> Thunk {
    let mut current = env;
    for _ in 0..up {
        current = current
            .parent
            .as_ref()
            .expect("lowering resolved the frame depth");
    }
    match current.kind.slots() {
        Some(slots) => slots[slot as usize].clone(),
        None => unreachable!("lowering resolves locals to frames only"),
    }
}

fn as_float(value: &Value) -> f64 {
    match value {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

/// Whether `value` is one that a value of a flake input (`inputs.wsl.nixosModules.wsl`)
/// never equals in Nix: a function ncc evaluates, which `==` finds equal only to itself
/// (the same value, in a list or a set), and a path of the project, which is never inside
/// another flake's source. `lib.unique (profiles ++ [ inputs.wsl.nixosModules.wsl ])`
/// compares each module with the others this way. (A builtin is not one: an input's
/// `lib.map` may be the same `builtins.map`. Nor is a package's placeholder one: an
/// overlay of the project's that ncc does not apply may make `pkgs.x` a path of it.)
fn never_from_an_input(value: &Value) -> bool {
    match value {
        Value::Lambda(_) => true,
        Value::Path(path) => !opaque::is_fake_store_path(path),
        _ => false,
    }
}

fn is_derivation(attrs: &Attrs) -> bool {
    attrs
        .get("type")
        .and_then(|entry| entry.value.value_if_forced())
        .is_some_and(|v| matches!(v, Value::String(s) if &*s == "derivation"))
}

/// Which free names a file is lowered with as globals: the builtins, but for the one a
/// home path lowers to, which a file cannot name.
fn lowered_as_global(globals: &FxHashMap<Name, Thunk>) -> impl Fn(&str) -> bool + '_ {
    move |name: &str| globals.contains_key(name) && name != HOME_PATH_GLOBAL
}

pub(crate) fn quote_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| format!("'{item}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        _ => format!(
            "{} or {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    }
}

/// Names of nixpkgs' `lib` that nixpkgs' top level also has, as packages (`pkgs.zip`,
/// Info-ZIP; `pkgs.last`, the LAST aligner): looked up through `with lib;` and an inner
/// `with pkgs;`, Nix finds the package (see [`Evaluator::lookup_with`]).
const PACKAGES_NAMED_LIKE_LIB: &[&str] = &["last", "zip"];

/// Unknown for a group of the open world some of whose names only `mkIf`s ncc had not
/// decided give (see [`Attrs::undecided_names`]), unless deciding them now gives each
/// such name: which names NixOS gives it is otherwise unknown.
pub(crate) fn names_decided(ev: &mut Evaluator, set: &Attrs, span: Span) -> EvalResult<()> {
    let Some(names) = set.undecided_names() else {
        return Ok(());
    };
    if names
        .iter()
        .all(|name| crate::modules::given_whatever_its_type(ev, name))
    {
        return Ok(());
    }
    Err(EvalError::unknown(
        format!(
            "which attributes the option `{}' has (some are defined under a `mkIf` ncc has not decided there)",
            set.open().unwrap_or_default()
        ),
        Some(span),
    ))
}

/// Unknown where `name` is one of the names of a group of the open world that only
/// `mkIf`s ncc had not decided give (see [`Attrs::undecided_name`]), unless deciding
/// them now gives it: whether NixOS has it is otherwise unknown, so `?` cannot answer.
/// (`or` reads the member, which decides its `mkIf`s where it is a value; a member that
/// is a group of options is there either way.)
pub(crate) fn name_decided(
    ev: &mut Evaluator,
    set: &Attrs,
    name: &str,
    span: Span,
) -> EvalResult<()> {
    let Some(undecided) = set.undecided_name(name) else {
        return Ok(());
    };
    if crate::modules::given_whatever_its_type(ev, &undecided) {
        return Ok(());
    }
    Err(EvalError::unknown(
        format!(
            "whether the option `{}' has `{name}' (defined only under a `mkIf` ncc has not decided there)",
            set.open().unwrap_or_default()
        ),
        Some(span),
    ))
}

#[cfg(test)]
mod tests {
    //! The limits: each hostile shape ends in its own diagnostic, quickly.

    use super::*;

    /// Evaluates `text` strictly with the default limits: the printed value, or the
    /// messages of what went wrong (the side diagnostics first).
    fn run(text: &str) -> Result<String, Vec<String>> {
        let text = text.to_owned();
        crate::run_with_stack(move || {
            let io = MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            let (body, diagnostics) = ev.load_source("test.nix", "/test.nix", &text);
            if !diagnostics.is_empty() {
                return Err(diagnostics.iter().map(|d| d.message()).collect());
            }
            let span = ev.ir.span(body.root);
            let result = ev
                .eval_body(body)
                .and_then(|value| {
                    ev.deep_force(&value, span)?;
                    Ok(value)
                })
                .and_then(|value| print::print_value(&mut ev, &value, span));
            result.map_err(|error| {
                let mut messages: Vec<String> =
                    ev.diagnostics.iter().map(|d| d.message()).collect();
                messages.extend(error.to_diagnostic(span).map(|d| d.message()));
                messages
            })
        })
    }

    fn fails_with(text: &str, expected: &str) {
        let messages = run(text).expect_err(text);
        assert!(
            messages.iter().any(|m| m.contains(expected)),
            "{text}: {messages:?}"
        );
    }

    /// A list nested `depth` deep, built in constant call depth.
    fn nested(depth: usize) -> String {
        format!("builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) {depth})")
    }

    #[test]
    fn deep_values_are_walked_without_the_call_stack() {
        // Forcing, comparing, printing and serialising keep their own stacks: a list
        // nested 100,000 deep (ten times the call-depth limit) is no problem.
        let deep = nested(100_000);
        let expected = format!(
            "{}{}",
            "[ ".repeat(100_001),
            " ]".repeat(100_001).trim_start()
        );
        assert_eq!(run(&deep).as_deref(), Ok(expected.as_str()));
        assert_eq!(
            run(&format!("builtins.deepSeq ({deep}) 1")).as_deref(),
            Ok("1")
        );
        assert_eq!(
            run(&format!(
                "let a = {deep}; b = {deep}; in [ (a == b) (a < b) ]"
            ))
            .as_deref(),
            Ok("[ true false ]")
        );
        assert_eq!(
            run(&format!("builtins.stringLength (builtins.toJSON ({deep}))")).as_deref(),
            Ok("200002")
        );
        assert_eq!(run(&format!("toString ({deep})")).as_deref(), Ok("\"\""));
        // A value that contains itself is forced once.
        assert_eq!(
            run("builtins.deepSeq (let as = { x = 123; y = as; }; in as) 456").as_deref(),
            Ok("456")
        );
    }

    #[test]
    fn chains_of_calls_stop_at_the_depth_limit() {
        fails_with(
            "let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000",
            "call-depth limit",
        );
        fails_with(
            "let s = { __toString = self: self; }; in \"${s}\"",
            "call-depth limit",
        );
        // Structures whose every element is a thunk of the one before are not chains of
        // calls: forcing one gives a list holding the next (Nix answers the same).
        let pair = "builtins.foldl' (acc: _: { a = [ acc.a ]; b = [ acc.b ]; }) { a = [ ]; b = [ ]; } (builtins.genList (i: i) 100000)";
        assert_eq!(
            run(&format!("let p = {pair}; in [ (p.a == p.b) (p.a < p.b) ]")).as_deref(),
            Ok("[ true false ]")
        );
    }

    #[test]
    fn the_budget_stops_loops_in_constant_depth() {
        fails_with(
            "builtins.foldl' (a: _: builtins.foldl' (b: _: b + 1) a (builtins.genList (i: i) 100000)) 0 (builtins.genList (i: i) 100000)",
            "evaluation budget exceeded",
        );
    }

    #[test]
    fn the_budget_is_reported_once() {
        // As the module system does: each attribute forced on its own, each failure
        // turned into a diagnostic. Once the budget is spent every attribute fails; only
        // the first failure says so.
        crate::run_with_stack(|| {
            let io = MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            let text = "let loop = n: loop (n + 1) - 1; in { a = builtins.genList (i: i) 100000000; b = loop 0; c = 1 + 1; }";
            let (body, _) = ev.load_source("t.nix", "/t.nix", text);
            let span = ev.ir.span(body.root);
            let Ok(Value::Attrs(attrs)) = ev.eval_body(body) else {
                panic!("a set")
            };
            let mut messages = Vec::new();
            for entry in attrs.entries() {
                if let Err(error) = ev.force(&entry.value, Some(span)) {
                    messages.extend(error.to_diagnostic(span).map(|d| d.message()));
                }
            }
            messages.extend(ev.diagnostics.iter().map(|d| d.message()));
            let budget = messages.iter().filter(|m| m.contains("budget")).count();
            assert_eq!(budget, 1, "{messages:?}");
            assert_eq!(messages.len(), 1, "{messages:?}");
        });
    }

    #[test]
    fn sizes_are_charged_before_memory_is_taken() {
        fails_with(
            "builtins.length (builtins.genList (i: i) 9223372036854775807)",
            "budget",
        );
        fails_with(
            "builtins.stringLength (builtins.foldl' (s: _: s + s) \"x\" (builtins.genList (i: i) 64))",
            "budget",
        );
        fails_with(
            "builtins.length (builtins.foldl' (l: _: l ++ l) [ 1 ] (builtins.genList (i: i) 64))",
            "budget",
        );
        fails_with(
            "builtins.attrNames (builtins.foldl' (s: i: s // { \"${toString i}\" = s; }) { } (builtins.genList (i: i) 100000))",
            "budget",
        );
        // A shared structure walked again and again is charged for every walk.
        fails_with(
            "let l = builtins.genList (i: i) 1000; in builtins.foldl' (n: _: n + builtins.length (builtins.filter (x: x == null) l)) 0 (builtins.genList (i: i) 100000)",
            "budget",
        );
        // Ordinary work is far inside the budget.
        assert_eq!(
            run("builtins.length (builtins.genList (i: toString i) 100000)").as_deref(),
            Ok("100000")
        );
    }

    #[test]
    fn a_hundred_problems_per_file_are_reported() {
        let text = format!("{{ {} }}", "a = 1; ".repeat(1000));
        let messages = run(&text).expect_err("duplicates");
        assert_eq!(messages.len(), MAX_SOURCE_DIAGNOSTICS);
    }

    #[test]
    fn dropping_the_evaluator_breaks_its_cycles() {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let (body, _) = ev.load_source("t.nix", "/t.nix", "let a = { inherit b; }; b = a; in a");
        let value = ev.eval_body(body).expect("evaluates");
        let Value::Attrs(attrs) = &value else {
            panic!("a set")
        };
        let weak = Rc::downgrade(attrs);
        drop(value);
        drop(ev);
        assert!(weak.upgrade().is_none(), "the let frame leaked");
    }
}
