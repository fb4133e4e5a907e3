//! Option types: decoded from the descriptors `lib.types` builds (see `lib.nix`), then
//! checked and merged natively with nixpkgs' semantics.

use std::rc::Rc;

use crate::eval::{Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};

/// An option type, decoded from its `lib.types` descriptor.
#[derive(Clone)]
pub struct Type {
    pub kind: TypeKind,
    /// The descriptor's `description`; empty when decoded by [`decode_lazily`], which
    /// leaves it to [`Type::describe`]: descriptions are built by Nix string
    /// interpolation and only error messages read them.
    pub description: String,
    /// The descriptor itself, for types whose check or merge is a Nix function.
    pub descriptor: Rc<Attrs>,
}

#[derive(Clone)]
pub enum TypeKind {
    Bool,
    Str,
    /// `lines`, `commas`, `envVar`, `separatedString`: strings joined by `separator`.
    Separated(String),
    NonEmptyStr,
    SingleLineStr,
    Int,
    IntBetween(i64, i64),
    Float,
    Number,
    Path,
    Package,
    Enum(Rc<[Thunk]>),
    StrMatching(String),
    NullOr(Box<Type>),
    ListOf(Box<Type>, bool),
    AttrsOf(Box<Type>, bool),
    Uniq(Box<Type>, Option<String>),
    /// `addCheck inner check`: checked by both, merged as `inner`. The check is read
    /// only when it runs, as in Nix.
    AddCheck(Box<Type>, Thunk),
    /// `inner // { check = ...; }`: checked by the new check alone, merged as `inner`
    /// (whose parts are still checked as its merge checks them).
    CheckReplaced(Box<Type>, Value),
    Either(Box<Type>, Box<Type>),
    /// NixOS's `unitOption`, a `serviceConfig` or `unitConfig` setting (`_nccKind =
    /// "unitOption"`): a list, or one value of the inner type; if any definition is a
    /// list, the definitions are concatenated (each one not a list as an entry of its
    /// own), otherwise they merge as the inner type.
    UnitOption(Box<Type>),
    CoercedTo {
        from: Box<Type>,
        function: Value,
        to: Box<Type>,
    },
    Submodule {
        modules: Rc<[Thunk]>,
        special_args: Option<Rc<Attrs>>,
        shorthand_only_defines_config: bool,
    },
    Anything,
    Raw,
    Unspecified,
    Attrs,
    /// `types.deferredModule`. With `configuration`, the option's value stands for the
    /// configuration its modules evaluate to, an evaluation of its own this one does not
    /// run (NixOS's `containers.<name>.config`, whose type merges into the container's
    /// whole NixOS configuration): reading an attribute the merged module lacks gives an
    /// unknown, not a missing attribute. The type's `nccConfiguration = true;` asks for it.
    DeferredModule {
        configuration: bool,
        /// `deferredModuleWith`'s `staticModules`: imported by the value before the
        /// definitions.
        static_modules: Rc<[Thunk]>,
    },
    FunctionTo(Box<Type>),
    Custom {
        check: Option<Value>,
        merge: Option<Value>,
    },
    /// A type that contains itself (`valueType = nullOr (oneOf [ ... (attrsOf valueType) ])`,
    /// as `pkgs.formats` and many modules build their JSON-like types): the inner
    /// occurrence, decoded from `descriptor` only when a value nested that deep is checked
    /// or merged (see [`resolve`]).
    Recursive,
}

fn field(ev: &mut Evaluator, attrs: &Attrs, name: &str) -> EvalResult<Option<Value>> {
    match attrs.get(name) {
        Some(entry) => {
            let thunk = entry.value.clone();
            ev.force(&thunk, None).map(Some)
        }
        None => Ok(None),
    }
}

fn sub_type(
    ev: &mut Evaluator,
    attrs: &Attrs,
    name: &str,
    described: bool,
    decoding: &mut Vec<*const Attrs>,
) -> EvalResult<Box<Type>> {
    match field(ev, attrs, name)? {
        Some(value) => decode_in(ev, &value, described, decoding).map(Box::new),
        None => Err(EvalError::message(
            format!("option type is missing its `{name}'"),
            None,
        )),
    }
}

fn string_field(ev: &mut Evaluator, attrs: &Attrs, name: &str) -> EvalResult<String> {
    match field(ev, attrs, name)? {
        Some(Value::String(s)) => Ok(s.to_string()),
        _ => Ok(String::new()),
    }
}

/// What the descriptor checks and merges as: `_nccKind`, which `lib.types` gives the types
/// whose `name`, nixpkgs' own, does not say it (`lines` is named "separatedString"), else
/// the `name`.
pub fn kind_field(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<String> {
    match attrs.get("_nccKind") {
        Some(_) => string_field(ev, attrs, "_nccKind"),
        None => string_field(ev, attrs, "name"),
    }
}

impl Type {
    /// The description nixpkgs shows in "is not of type `...'" errors.
    pub fn describe(&self, ev: &mut Evaluator) -> EvalResult<String> {
        if !self.description.is_empty() {
            return Ok(self.description.clone());
        }
        string_field(ev, &self.descriptor, "description")
    }
}

/// An option's type as nixpkgs' `fixupOptionType` leaves it: a type that holds
/// submodules (its `getSubModules` is not null) is rebuilt by `substSubModules`, each
/// type on the way down to the submodules from its parts. `addCheck` makes the inner
/// type with another `check` (`//`), so it is rebuilt as the inner type and its check
/// is lost (nixpkgs issue #396021): NixOS never runs it, and neither does ncc.
pub fn as_declared(ty: Rc<Type>) -> Rc<Type> {
    if !holds_submodules(&ty) {
        return ty;
    }
    Rc::new(without_checks(&ty))
}

fn holds_submodules(ty: &Type) -> bool {
    match &ty.kind {
        TypeKind::Submodule { .. } | TypeKind::DeferredModule { .. } => true,
        TypeKind::NullOr(inner)
        | TypeKind::ListOf(inner, _)
        | TypeKind::AttrsOf(inner, _)
        | TypeKind::Uniq(inner, _)
        | TypeKind::AddCheck(inner, _)
        | TypeKind::CheckReplaced(inner, _)
        | TypeKind::FunctionTo(inner)
        | TypeKind::CoercedTo { to: inner, .. } => holds_submodules(inner),
        _ => false,
    }
}

/// `ty` rebuilt on the way to its submodules, without the checks `addCheck` added.
fn without_checks(ty: &Type) -> Type {
    let rebuilt = |inner: &Type| Box::new(without_checks(inner));
    let kind = match &ty.kind {
        TypeKind::AddCheck(inner, _) | TypeKind::CheckReplaced(inner, _) => {
            return without_checks(inner)
        }
        TypeKind::NullOr(inner) => TypeKind::NullOr(rebuilt(inner)),
        TypeKind::ListOf(inner, lazy) => TypeKind::ListOf(rebuilt(inner), *lazy),
        TypeKind::AttrsOf(inner, lazy) => TypeKind::AttrsOf(rebuilt(inner), *lazy),
        TypeKind::Uniq(inner, message) => TypeKind::Uniq(rebuilt(inner), message.clone()),
        TypeKind::FunctionTo(inner) => TypeKind::FunctionTo(rebuilt(inner)),
        TypeKind::CoercedTo { from, function, to } => TypeKind::CoercedTo {
            from: from.clone(),
            function: function.clone(),
            to: rebuilt(to),
        },
        other => other.clone(),
    };
    Type {
        kind,
        description: ty.description.clone(),
        descriptor: ty.descriptor.clone(),
    }
}

/// Decodes a `lib.types` descriptor, with its description.
pub fn decode(ev: &mut Evaluator, value: &Value) -> EvalResult<Type> {
    decode_in(ev, value, true, &mut Vec::new())
}

/// Decodes a `lib.types` descriptor for merging: descriptions are left to
/// [`Type::describe`], for the rare error that shows one.
pub fn decode_lazily(ev: &mut Evaluator, value: &Value) -> EvalResult<Type> {
    decode_in(ev, value, false, &mut Vec::new())
}

/// `ty` itself, or for a [`TypeKind::Recursive`] occurrence the type it stands for,
/// decoded one level further.
pub fn resolve<'t>(ev: &mut Evaluator, ty: &'t Type) -> EvalResult<std::borrow::Cow<'t, Type>> {
    match ty.kind {
        TypeKind::Recursive => {
            let described = !ty.description.is_empty();
            let value = Value::Attrs(ty.descriptor.clone());
            decode_in(ev, &value, described, &mut Vec::new()).map(std::borrow::Cow::Owned)
        }
        _ => Ok(std::borrow::Cow::Borrowed(ty)),
    }
}

/// Decodes `value`; `decoding` holds the descriptors being decoded around it, so that a
/// type met again inside itself becomes a [`TypeKind::Recursive`] reference.
fn decode_in(
    ev: &mut Evaluator,
    value: &Value,
    described: bool,
    decoding: &mut Vec<*const Attrs>,
) -> EvalResult<Type> {
    let Value::Attrs(attrs) = value else {
        return Err(EvalError::message(
            format!(
                "an option's `type' must be an option type, but it is {}",
                value.type_phrase()
            ),
            None,
        ));
    };
    // A type made by `mkOptionType`, or given a `merge` of its own (`types.str // { merge
    // = ...; }`), is its own check and merge, whatever it is named.
    let name = if attrs.get("_nccCustom").is_some() || merges_by_itself(ev, attrs)? {
        String::new()
    } else {
        kind_field(ev, attrs)?
    };
    let description = if described {
        string_field(ev, attrs, "description")?
    } else {
        String::new()
    };
    let identity = Rc::as_ptr(attrs);
    if decoding.contains(&identity) {
        return Ok(Type {
            kind: TypeKind::Recursive,
            description,
            descriptor: attrs.clone(),
        });
    }
    decoding.push(identity);
    let kind = decode_kind(ev, attrs, &name, described, decoding);
    decoding.pop();
    let mut kind = kind?;
    if !name.is_empty() {
        if let Some(check) = replaced_check(ev, attrs)? {
            let inner = Type {
                kind,
                description: description.clone(),
                descriptor: attrs.clone(),
            };
            kind = TypeKind::CheckReplaced(Box::new(inner), check);
        }
    }
    Ok(Type {
        kind,
        description,
        descriptor: attrs.clone(),
    })
}

/// The descriptor's `check`, when it is not the one `lib.types` made the type with
/// (kept beside it as `_nccCheck`): `types.str // { check = ...; }`.
fn replaced_check(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<Option<Value>> {
    let Some(made) = attrs.get("_nccCheck") else {
        return Ok(None);
    };
    let made = made.value.clone();
    let (Some(check), made) = (field(ev, attrs, "check")?, ev.force(&made, None)?) else {
        return Ok(None);
    };
    let same = match (&check, &made) {
        (Value::Lambda(a), Value::Lambda(b)) => Rc::ptr_eq(a, b),
        (Value::Builtin(a), Value::Builtin(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    Ok((!same).then_some(check))
}

/// Whether the descriptor's `merge` is a function of its own, not the one `lib.types`
/// gives every type it makes.
fn merges_by_itself(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<bool> {
    // Still the value lib.types gave it (`_nccMerge`): known without evaluating it.
    if let (Some(merge), Some(made)) = (attrs.get("merge"), attrs.get("_nccMerge")) {
        if merge.value.ptr_eq(&made.value) {
            return Ok(false);
        }
    }
    Ok(match field(ev, attrs, "merge")? {
        None | Some(Value::Null) => false,
        Some(merge) => !crate::modules::merge::is_native_merge(&merge),
    })
}

/// What the descriptor `attrs`, named `name`, checks and merges as.
fn decode_kind(
    ev: &mut Evaluator,
    attrs: &Rc<Attrs>,
    name: &str,
    described: bool,
    decoding: &mut Vec<*const Attrs>,
) -> EvalResult<TypeKind> {
    let int = |v: Option<Value>| match v {
        Some(Value::Int(i)) => i,
        _ => 0,
    };
    Ok(match name {
        "bool" => TypeKind::Bool,
        "str" => TypeKind::Str,
        "lines" => TypeKind::Separated("\n".to_owned()),
        "commas" => TypeKind::Separated(",".to_owned()),
        "envVar" => TypeKind::Separated(":".to_owned()),
        "separatedString" => TypeKind::Separated(string_field(ev, attrs, "sep")?),
        "nonEmptyStr" => TypeKind::NonEmptyStr,
        "singleLineStr" => TypeKind::SingleLineStr,
        "int" => TypeKind::Int,
        // `ints.between`, and the ranges nixpkgs names for their width.
        "intBetween" | "unsignedInt" | "positiveInt" | "unsignedInt8" | "unsignedInt16"
        | "unsignedInt32" | "signedInt8" | "signedInt16" | "signedInt32" => {
            let lower = int(field(ev, attrs, "lower")?);
            let upper = int(field(ev, attrs, "upper")?);
            TypeKind::IntBetween(lower, upper)
        }
        "float" => TypeKind::Float,
        "number" => TypeKind::Number,
        "path" => TypeKind::Path,
        "package" => TypeKind::Package,
        "enum" => match field(ev, attrs, "values")? {
            Some(Value::List(values)) => TypeKind::Enum(values),
            _ => TypeKind::Enum(Rc::from(Vec::new())),
        },
        "strMatching" => TypeKind::StrMatching(string_field(ev, attrs, "pattern")?),
        "nullOr" => TypeKind::NullOr(sub_type(ev, attrs, "elemType", described, decoding)?),
        "listOf" => TypeKind::ListOf(sub_type(ev, attrs, "elemType", described, decoding)?, false),
        "nonEmptyListOf" => {
            TypeKind::ListOf(sub_type(ev, attrs, "elemType", described, decoding)?, true)
        }
        "attrsOf" => {
            let lazy = matches!(field(ev, attrs, "lazy")?, Some(Value::Bool(true)));
            TypeKind::AttrsOf(sub_type(ev, attrs, "elemType", described, decoding)?, lazy)
        }
        "uniq" => {
            let message = match field(ev, attrs, "message")? {
                Some(Value::String(s)) => Some(s.to_string()),
                _ => None,
            };
            TypeKind::Uniq(
                sub_type(ev, attrs, "elemType", described, decoding)?,
                message,
            )
        }
        "addCheck" => TypeKind::AddCheck(
            sub_type(ev, attrs, "elemType", described, decoding)?,
            attrs
                .get("extraCheck")
                .map(|entry| entry.value.clone())
                .unwrap_or_else(|| Thunk::ready(Value::Null)),
        ),
        "either" => TypeKind::Either(
            sub_type(ev, attrs, "t1", described, decoding)?,
            sub_type(ev, attrs, "t2", described, decoding)?,
        ),
        "unitOption" => TypeKind::UnitOption(sub_type(ev, attrs, "elemType", described, decoding)?),
        "coercedTo" => TypeKind::CoercedTo {
            from: sub_type(ev, attrs, "coercedType", described, decoding)?,
            function: field(ev, attrs, "coerceFunc")?.unwrap_or(Value::Null),
            to: sub_type(ev, attrs, "finalType", described, decoding)?,
        },
        "submodule" => {
            let modules = match field(ev, attrs, "modules")? {
                Some(Value::List(modules)) => modules,
                _ => Rc::from(Vec::new()),
            };
            let special_args = match field(ev, attrs, "specialArgs")? {
                Some(Value::Attrs(args)) if !args.is_empty() => Some(args),
                _ => None,
            };
            let shorthand_only_defines_config = matches!(
                field(ev, attrs, "shorthandOnlyDefinesConfig")?,
                Some(Value::Bool(true))
            );
            TypeKind::Submodule {
                modules,
                special_args,
                shorthand_only_defines_config,
            }
        }
        "anything" => TypeKind::Anything,
        "raw" => TypeKind::Raw,
        "unspecified" => TypeKind::Unspecified,
        "attrs" => TypeKind::Attrs,
        "deferredModule" => TypeKind::DeferredModule {
            configuration: matches!(
                field(ev, attrs, "nccConfiguration")?,
                Some(Value::Bool(true))
            ),
            static_modules: match field(ev, attrs, "staticModules")? {
                Some(Value::List(modules)) => modules,
                _ => Rc::from(Vec::new()),
            },
        },
        "functionTo" => TypeKind::FunctionTo(sub_type(ev, attrs, "elemType", described, decoding)?),
        _ => TypeKind::Custom {
            check: field(ev, attrs, "check")?,
            merge: field(ev, attrs, "merge")?.filter(|m| !matches!(m, Value::Null)),
        },
    })
}

thread_local! {
    /// `strMatching` patterns, compiled once: every container's options check the same few.
    static PATTERNS: std::cell::RefCell<std::collections::HashMap<String, Option<regex_automata::meta::Regex>>> =
        std::cell::RefCell::default();
}

/// Whether all of `text` matches `pattern`, as `builtins.match` reads and anchors it; a
/// pattern that does not compile matches nothing.
fn matches_pattern(pattern: &str, text: &str) -> bool {
    PATTERNS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.contains_key(pattern) {
            let translated = crate::eval::builtins::posix_regex(pattern);
            let compiled = translated.and_then(|translated| {
                // Bytes, as Nix matches them: `.` is one byte, not one character.
                regex_automata::meta::Regex::builder()
                    .syntax(
                        regex_automata::util::syntax::Config::new()
                            .unicode(false)
                            .utf8(false),
                    )
                    .configure(
                        regex_automata::meta::Config::new()
                            .hybrid(false)
                            .onepass(false)
                            .dfa(false),
                    )
                    .build(&format!("^(?:{translated})$"))
                    .ok()
            });
            cache.insert(pattern.to_owned(), compiled);
        }
        // Matched in place: a cloned `Regex` would build its search cache anew.
        cache
            .get(pattern)
            .and_then(Option::as_ref)
            .is_some_and(|re| re.is_match(text))
    })
}

/// Whether the Nix function `check` holds for `value` (a type's own check).
fn holds(ev: &mut Evaluator, check: &Value, value: &Value) -> EvalResult<bool> {
    let result = ev.apply(
        check.clone(),
        Thunk::ready(value.clone()),
        crate::diagnostic::Span::nowhere(),
    )?;
    Ok(matches!(result, Value::Bool(true)))
}

/// nixpkgs' `type.check`: a shallow check of one definition's value.
/// `types.path.check`: a path, an absolute string, or a set that coerces to a string.
fn is_path(value: &Value) -> bool {
    match value {
        Value::Path(_) => true,
        Value::String(s) => s.starts_with('/'),
        Value::Attrs(attrs) => attrs.get("outPath").is_some() || attrs.get("__toString").is_some(),
        _ => false,
    }
}

pub fn check(ev: &mut Evaluator, ty: &Type, value: &Value) -> EvalResult<bool> {
    let ty = resolve(ev, ty)?;
    Ok(match &ty.kind {
        TypeKind::Bool => matches!(value, Value::Bool(_)),
        TypeKind::Str | TypeKind::Separated(_) => matches!(value, Value::String(_)),
        TypeKind::NonEmptyStr => matches!(value, Value::String(s) if !s.trim().is_empty()),
        TypeKind::SingleLineStr => {
            matches!(value, Value::String(s) if !s.trim_end_matches('\n').contains(['\n', '\r']))
        }
        TypeKind::Int => matches!(value, Value::Int(_)),
        TypeKind::IntBetween(lower, upper) => {
            matches!(value, Value::Int(i) if i >= lower && i <= upper)
        }
        TypeKind::Float => matches!(value, Value::Float(_)),
        TypeKind::Number => matches!(value, Value::Int(_) | Value::Float(_)),
        TypeKind::Path => is_path(value),
        TypeKind::Package => matches!(value, Value::Attrs(_) | Value::String(_) | Value::Path(_)),
        TypeKind::Enum(values) => {
            let mut found = false;
            for candidate in values.iter() {
                let candidate = ev.force(candidate, None)?;
                if ev.values_equal(&candidate, value, crate::diagnostic::Span::nowhere())? {
                    found = true;
                    break;
                }
            }
            found
        }
        TypeKind::StrMatching(pattern) => match value {
            Value::String(s) => matches_pattern(pattern, s),
            _ => false,
        },
        TypeKind::NullOr(inner) => matches!(value, Value::Null) || check(ev, inner, value)?,
        TypeKind::ListOf(_, non_empty) => {
            matches!(value, Value::List(items) if !*non_empty || !items.is_empty())
        }
        TypeKind::AttrsOf(_, _) | TypeKind::Attrs => matches!(value, Value::Attrs(_)),
        TypeKind::Uniq(inner, _) => check(ev, inner, value)?,
        TypeKind::AddCheck(inner, extra) => {
            check(ev, inner, value)? && {
                let extra = ev.force(extra, None)?;
                holds(ev, &extra, value)?
            }
        }
        TypeKind::CheckReplaced(_, function) => holds(ev, function, value)?,
        TypeKind::Either(left, right) => check(ev, left, value)? || check(ev, right, value)?,
        TypeKind::UnitOption(inner) => matches!(value, Value::List(_)) || check(ev, inner, value)?,
        TypeKind::CoercedTo { from, to, .. } => check(ev, to, value)? || check(ev, from, value)?,
        // `isAttrs x || isFunction x || path.check x`: a file named by an absolute
        // string (`"${self}/profiles/server.nix"`) is a module too.
        TypeKind::Submodule { .. } | TypeKind::DeferredModule { .. } => {
            matches!(value, Value::Attrs(_)) || value.is_function() || is_path(value)
        }
        TypeKind::Anything | TypeKind::Raw | TypeKind::Unspecified => true,
        TypeKind::FunctionTo(_) => value.is_function(),
        TypeKind::Custom {
            check: Some(function),
            ..
        } => holds(ev, function, value)?,
        TypeKind::Custom { check: None, .. } => true,
        // `resolve` never gives one.
        TypeKind::Recursive => true,
    })
}
