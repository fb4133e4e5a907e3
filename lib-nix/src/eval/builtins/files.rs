//! Paths and the files they name, read only through `EvalIo` and inside the project root.

use std::rc::Rc;

use super::*;

/// `builtins.baseNameOf`.
pub(super) fn base_name_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    let p = coerce_in(ev, &args[0], span, false, &mut context)?;
    Ok(ev.string_with_context(&crate::path::base_name_of(&p), context))
}

/// `builtins.dirOf`.
pub(super) fn dir_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    match v {
        Value::Path(p) => Ok(Value::Path(Rc::from(crate::path::dir_of(&p)))),
        other => {
            let mut context = Context::new();
            let t = ev.coerce_to_string_in(&other, span, false, &mut context)?;
            Ok(ev.string_with_context(&crate::path::dir_of(&t), context))
        }
    }
}

/// `builtins.import`.
pub(super) fn import_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    let path = match v {
        Value::Path(p) => p.to_string(),
        Value::String(p) if p.starts_with('/') => p.to_string(),
        // A set is imported through its `outPath`, as a flake input is.
        Value::Attrs(_) => {
            let p = ev.coerce_to_string(&v, span, false)?;
            if !p.starts_with('/') {
                return Err(EvalError::message(
                    format!("string '{p}' doesn't represent an absolute path"),
                    Some(span),
                ));
            }
            p
        }
        Value::String(p) => {
            return Err(EvalError::message(
                format!("string '{p}' doesn't represent an absolute path"),
                Some(span),
            ))
        }
        other => {
            ev.coerce_to_string(&other, span, false)?;
            return Err(EvalError::message(
                format!("cannot import {}", other.type_phrase()),
                Some(span),
            ));
        }
    };
    ev.import(&path, Some(span))
}

/// `builtins.pathExists`.
pub(super) fn path_exists(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let p = path_arg(ev, args, 0, span)?;
    // Outside the project (`/srv/secrets/key`, a source ncc stands in for): whether it
    // exists is a fact of the machine that evaluates the configuration, which ncc does
    // not read; unknown, not an error.
    if ev.io().check_access(&p).is_err() {
        return Err(EvalError::unknown(
            format!("whether `{p}' exists, outside the project"),
            Some(span),
        ));
    }
    Ok(Value::Bool(ev.io().path_exists(&p)))
}

/// `builtins.readFile`. A file the repository leaves to each machine (`secrets.toml`
/// kept beside the checkout, a submodule not fetched), missing here, is read by Nix on
/// that machine: its contents are unknown, as an import of such a file is.
pub(super) fn read_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let p = accessible_path_arg(ev, args, 0, span)?;
    match ev.read_text(&p, Some(span)) {
        Ok(Some(text)) => Ok(Value::string(&text)),
        Ok(None) => Err(encrypted_contents(ev, &p, span)),
        // Asked only of a file that could not be read.
        Err(error) => {
            let local = (!ev.io().path_exists(&p)).then(|| ev.machine_local_name(&p));
            match local.flatten() {
                Some(shown) => Err(EvalError::unknown(
                    format!("the contents of `{shown}'"),
                    Some(span),
                )),
                None => Err(error),
            }
        }
    }
}

/// Reading an encrypted file's contents: unknown, since its owner's Nix reads it
/// decrypted.
pub(super) fn encrypted_contents(ev: &Evaluator, path: &str, span: Span) -> Box<EvalError> {
    EvalError::unknown(
        format!("the contents of `{}'", ev.encrypted_name(path)),
        Some(span),
    )
}

/// `builtins.readDir`: the entries of a directory, each name to its kind.
pub(super) fn read_dir(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let path = accessible_path_arg(ev, args, 0, span)?;
    let entries = ev
        .io()
        .read_dir(&path)
        .map_err(|message| EvalError::message(message, Some(span)))?;
    ev.charge_items(entries.len(), span)?;
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(
        entries
            .into_iter()
            .map(|(name, kind)| AttrEntry::new(&name, Thunk::ready(Value::string(kind.as_str()))))
            .collect(),
    ))))
}

/// `builtins.readFileType` (Nix 2.14 and later): "regular", "directory", "symlink" or
/// "unknown".
pub(super) fn read_file_type(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let path = accessible_path_arg(ev, args, 0, span)?;
    let kind = ev
        .io()
        .file_kind(&path)
        .map_err(|message| EvalError::message(message, Some(span)))?;
    Ok(Value::string(kind.as_str()))
}

/// `builtins.toPath`: an absolute path string, made canonical, as a string.
pub(super) fn to_path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let path = path_arg(ev, args, 0, span)?;
    Ok(Value::string(&path))
}

/// `builtins.path { path; name ? ; filter ? ; recursive ? ; sha256 ? }`: Nix copies the
/// path to the store; ncc copies nothing and keeps the path as it is, as it does for a
/// path in a string, but checks that it exists and may be read.
pub(super) fn path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    let Some(entry) = set.get("path") else {
        return Err(EvalError::message(
            "attribute 'path' missing for call to 'path'",
            Some(span),
        ));
    };
    for entry in set.entries() {
        if !matches!(
            entry.name.as_str(),
            "path" | "name" | "filter" | "recursive" | "sha256"
        ) {
            return Err(EvalError::message(
                format!(
                    "unsupported argument '{}' to 'addPath'",
                    entry.name.as_str()
                ),
                Some(span),
            ));
        }
    }
    let path = path_arg(ev, std::slice::from_ref(&entry.value), 0, span)?;
    copied_path(ev, &path, span)
}

/// `builtins.filterSource filter path`: as `builtins.path`, the path itself.
pub(super) fn filter_source(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let filter = arg(ev, args, 0, span)?;
    if !filter.is_function() {
        return Err(ev.type_error(&filter, "a function", span));
    }
    let path = path_arg(ev, args, 1, span)?;
    copied_path(ev, &path, span)
}

fn copied_path(ev: &mut Evaluator, path: &str, span: Span) -> EvalResult<Value> {
    ev.io()
        .check_access(path)
        .map_err(|message| ev.outside_project(path, message, Some(span)))?;
    if !ev.io().path_exists(path) {
        return Err(EvalError::message(
            format!("getting status of '{path}': No such file or directory"),
            Some(span),
        ));
    }
    Ok(Value::string(path))
}

/// `scopedImport scope path`: imports a file with the attributes of `scope` bound
/// around it, shadowing the builtins. Not cached, as the scope differs per call.
pub(super) fn scoped_import(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let scope = attrs(ev, args, 0, span)?;
    let path = path_arg(ev, args, 1, span)?;
    ev.import_scoped(&path, &scope, Some(span))
}

/// `fetchTarball`, `fetchGit`, `fetchurl`, `fetchTree`: an external source ncc does not
/// fetch, named by its `name` when it has one (DESIGN.md §8.3).
pub(super) fn fetch_source(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = match arg(ev, args, 0, span)? {
        Value::Attrs(set) => match set.get("name") {
            Some(entry) => {
                let entry = entry.value.clone();
                match ev.force(&entry, Some(span))? {
                    Value::String(name) => name.to_string(),
                    _ => "source".to_owned(),
                }
            }
            None => "source".to_owned(),
        },
        _ => "source".to_owned(),
    };
    Ok(Value::string(&crate::eval::opaque::source_path(&name)))
}

/// `builtins.getFlake "github:owner/repo"`, which Nix has with flakes enabled: a flake ncc
/// does not fetch, as a flake input of its own kind is (its modules ones ncc does not
/// evaluate, `import (getFlake "nixpkgs") { }` the `pkgs` stand-in's like).
pub(super) fn get_flake(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let reference = string(ev, args, 0, span)?;
    Ok(crate::modules::placeholder_package_value(&format!(
        "(builtins.getFlake \"{reference}\")"
    )))
}

/// `builtins.findFile searchPath "nixpkgs/lib"`, what `<nixpkgs/lib>` calls: the first
/// entry of the search path whose prefix matches and under which the file exists;
/// with none, the external source the lookup names (DESIGN.md §8.3), where Nix would
/// stop ("not found in the Nix search path"): a real host has its channels there.
pub(super) fn find_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let wanted = string(ev, args, 1, span)?;
    for entry in list(ev, args, 0, span)?.iter() {
        let Value::Attrs(entry) = ev.force(entry, Some(span))? else {
            continue;
        };
        let field = |name: &str| entry.get(name).map(|e| e.value.clone());
        let (Some(prefix), Some(path)) = (field("prefix"), field("path")) else {
            continue;
        };
        let prefix = match ev.force(&prefix, Some(span))? {
            Value::String(prefix) => prefix,
            _ => continue,
        };
        let path = ev.force(&path, Some(span))?;
        let path = ev.coerce_to_string(&path, span, false)?;
        let rest = if prefix.is_empty() {
            Some(wanted.as_str())
        } else if wanted == *prefix {
            Some("")
        } else {
            wanted
                .strip_prefix(&*prefix)
                .and_then(|rest| rest.strip_prefix('/'))
        };
        let Some(rest) = rest else { continue };
        let candidate = if rest.is_empty() {
            crate::path::canonicalize(&path)
        } else {
            crate::path::canonicalize(&format!("{path}/{rest}"))
        };
        let readable = ev.io().check_access(&candidate).is_ok() && ev.io().path_exists(&candidate);
        if crate::eval::opaque::is_fake_store_path(&candidate) || readable {
            return Ok(Value::Path(Rc::from(candidate)));
        }
    }
    let (source, inner) = wanted.split_once('/').unwrap_or((&wanted, ""));
    // Where the environment puts the name (a repository's own checkout): a path there
    // that exists and may be read, else the external source as below.
    if let Some(directory) = (!ev.search_path_is_closed)
        .then(|| ev.io().search_path_entry(source))
        .flatten()
    {
        let candidate = match inner {
            "" => crate::path::canonicalize(&directory),
            inner => crate::path::canonicalize(&format!("{directory}/{inner}")),
        };
        if ev.io().check_access(&candidate).is_ok() && ev.io().path_exists(&candidate) {
            return Ok(Value::Path(Rc::from(candidate)));
        }
    }
    if ev.search_path_is_closed && source != "nixpkgs" {
        return Err(EvalError::new(
            ErrorKind::Throw(format!(
                "file '{wanted}' was not found in the Nix search path (add it using $NIX_PATH or -I)"
            )),
            Some(span),
        ));
    }
    let root = crate::eval::opaque::source_path(source);
    let path = if inner.is_empty() {
        root
    } else {
        crate::path::canonicalize(&format!("{root}/{inner}"))
    };
    Ok(Value::Path(Rc::from(path)))
}
