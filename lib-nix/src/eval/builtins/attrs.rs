//! Builtins on attribute sets.

use std::rc::Rc;

use super::*;

/// `builtins.attrNames`.
pub(super) fn attr_names(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    // The names of a set ncc stands in for (the `config.krebs.hosts` of a system
    // `eval-config.nix` makes in a plain file, a library's table) are what Nix reads
    // there, which ncc cannot know: not the stand-in's own `name`, `outPath` and `type`.
    if let Some(path) = set.placeholder() {
        return Err(EvalError::unknown(
            format!("the names of `{path}'"),
            Some(span),
        ));
    }
    crate::eval::names_decided(ev, &set, span)?;
    ev.charge(set.len() as u64, span)?;
    Ok(list_of(set.names().map(Value::string).collect()))
}

/// `builtins.attrValues`.
pub(super) fn attr_values(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    // The values of a set ncc stands in for (a flake input's `nixosModules`) are unknown,
    // not the stand-in's own `name` and `outPath`: one placeholder stands for them all,
    // which a module list takes as a module ncc does not evaluate.
    if let Some(path) = set.placeholder() {
        let values = (ev.hooks.placeholder)(&format!("{path}.*"));
        return Ok(Value::List(Rc::from(vec![Thunk::ready(values)])));
    }
    crate::eval::names_decided(ev, &set, span)?;
    ev.charge_items(set.len(), span)?;
    Ok(Value::List(
        set.entries().iter().map(|e| e.value.clone()).collect(),
    ))
}

/// `builtins.catAttrs`.
pub(super) fn cat_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(items.len(), span)?;
    let mut out = Vec::new();
    for item in items.iter() {
        let v = ev.force(item, Some(span))?;
        let set = ev.expect_attrs(v, span)?;
        if let Some(e) = set.get(&name) {
            out.push(e.value.clone());
        }
    }
    Ok(Value::List(Rc::from(out)))
}

/// `builtins.getAttr`.
pub(super) fn get_attr(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let set = attrs(ev, args, 1, span)?;
    match set.get(&name) {
        Some(e) => {
            let t = e.value.clone();
            ev.force(&t, Some(span))
        }
        None => {
            let mut error = ev.missing_attribute(&Name::new(&name), &set, span);
            error.kind =
                ErrorKind::Message(format!("attribute '{name}' missing for call to 'getAttr'"));
            Err(error)
        }
    }
}

/// `builtins.hasAttr`, which answers as `?` does ([`Evaluator::has_missing`]): a name a
/// group of the open world lacks (`hasAttr "/" config.fileSystems`) may be defined by a
/// module ncc does not evaluate, so the answer is unknown.
pub(super) fn has_attr(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let set = attrs(ev, args, 1, span)?;
    if set.get(&name).is_some() {
        crate::eval::name_decided(ev, &set, &name, span)?;
        return Ok(Value::Bool(true));
    }
    ev.has_missing(&set, &Name::new(&name), span)
        .map(Value::Bool)
}

/// `builtins.intersectAttrs`.
pub(super) fn intersect_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let x = attrs(ev, args, 0, span)?;
    let y = attrs(ev, args, 1, span)?;
    ev.charge_items(x.len() + y.len(), span)?;
    // A placeholder (`pkgs`) has every attribute: each name of `x` it lacks is the
    // placeholder for it, as selecting it gives (`lib.callPackageWith pkgs` finds
    // `fetchurl` there, as nixpkgs' own `pkgs` has it).
    if let Some(path) = y.placeholder() {
        let entries = x
            .entries()
            .iter()
            .map(|e| match y.get(e.name.as_str()) {
                Some(present) => present.clone(),
                None => AttrEntry::new(
                    e.name.as_str(),
                    Thunk::ready((ev.hooks.placeholder)(&format!("{path}.{}", e.name))),
                ),
            })
            .collect();
        return Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))));
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_sorted(
        y.entries()
            .iter()
            .filter(|e| x.get(e.name.as_str()).is_some())
            .cloned()
            .collect(),
    ))))
}

/// `builtins.listToAttrs`.
pub(super) fn list_to_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let items = list(ev, args, 0, span)?;
    ev.charge(items.len() as u64, span)?;
    let mut entries: Vec<AttrEntry> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    // An element that is a stand-in (what `attrValues` gives for the entries of a set ncc
    // stands in for, such as another host's `config`) is name-value pairs ncc cannot
    // know: the result has the entries the other elements give, and is a stand-in too, so
    // that reading any other name is unknown rather than missing.
    let mut stand_in: Option<Rc<Attrs>> = None;
    for item in items.iter() {
        let v = ev.force(item, Some(span))?;
        let set = ev.expect_attrs(v, span)?;
        if set.placeholder().is_some() {
            stand_in.get_or_insert(set);
            continue;
        }
        let name = match set.get("name") {
            Some(e) => {
                let t = e.value.clone();
                let v = ev.force(&t, Some(span))?;
                expect_string(ev, v, span)?
            }
            None => {
                return Err(EvalError::message(
                    "attribute 'name' missing for call to 'listToAttrs'",
                    Some(span),
                ))
            }
        };
        // The attribute is placed where its `value` is written, as in Nix.
        let (value, at) = match set.get("value") {
            Some(e) => (e.value.clone(), e.span),
            None => {
                return Err(EvalError::message(
                    "attribute 'value' missing for call to 'listToAttrs'",
                    Some(span),
                ))
            }
        };
        if seen.insert(name.clone()) {
            entries.push(AttrEntry {
                span: at,
                ..AttrEntry::new(&name, value)
            });
        }
    }
    let made = Attrs::from_entries(entries);
    Ok(Value::Attrs(Rc::new(match stand_in {
        Some(stand_in) => made.with_marks_of(&stand_in),
        None => made,
    })))
}

/// `builtins.mapAttrs`.
pub(super) fn map_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let set = attrs(ev, args, 1, span)?;
    ev.charge(set.len() as u64 * ALLOCATION_STEPS, span)?;
    Ok(Value::Attrs(Rc::new(
        Attrs::from_sorted(
            set.entries()
                .iter()
                .map(|e| {
                    let (f, name, value) = (f.clone(), e.name.clone(), e.value.clone());
                    AttrEntry {
                        name: e.name.clone(),
                        span: e.span,
                        value_span: e.value_span,
                        value: Thunk::native(move |ev| {
                            let partial = ev.apply(
                                f,
                                Thunk::ready(Value::String(Rc::from(name.as_str()))),
                                span,
                            )?;
                            ev.apply(partial, value, span)
                        }),
                    }
                })
                .collect(),
        )
        .with_marks_of(&set),
    )))
}

/// `builtins.removeAttrs`.
pub(super) fn remove_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(set.len() + items.len(), span)?;
    let mut names = std::collections::HashSet::new();
    for item in items.iter() {
        let v = ev.force(item, Some(span))?;
        names.insert(expect_string(ev, v, span)?);
    }
    Ok(Value::Attrs(Rc::new(
        Attrs::from_sorted(
            set.entries()
                .iter()
                .filter(|e| !names.contains(e.name.as_str()))
                .cloned()
                .collect(),
        )
        .with_marks_of(&set),
    )))
}

/// `builtins.zipAttrsWith`. Each set's entries are sorted by name, so the names of all
/// of them are a merge of sorted runs: gathered in list order and sorted stably, every
/// name's values stay in list order, in time linear in the entries for the two sets
/// `recursiveUpdate` zips (a fold of it over many sets is quadratic in Nix itself).
pub(super) fn zip_attrs_with(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let mut gathered: Vec<&AttrEntry> = Vec::new();
    let mut sets = Vec::new();
    for item in list(ev, args, 1, span)?.iter() {
        let v = ev.force(item, Some(span))?;
        let set = ev.expect_attrs(v, span)?;
        ev.charge(set.len() as u64 + 1, span)?;
        sets.push(set);
    }
    match sets.as_slice() {
        [] => {}
        [one] => gathered.extend(one.entries()),
        // `recursiveUpdate` zips two sets, each already in order: one merge, with no
        // sort (whose comparisons were most of folding a list of sets together).
        [first, second] => merge_in_order(first.entries(), second.entries(), &mut gathered),
        _ => {
            for set in &sets {
                gathered.extend(set.entries());
            }
            gathered.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }
    let mut entries = Vec::with_capacity(gathered.len());
    let mut rest = gathered.as_slice();
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .position(|entry| entry.name != first.name)
            .unwrap_or(rest.len());
        let (group, after) = rest.split_at(same);
        rest = after;
        let values: Rc<[Thunk]> = group.iter().map(|entry| entry.value.clone()).collect();
        let (f, key) = (f.clone(), first.name.clone());
        entries.push(AttrEntry {
            name: first.name.clone(),
            // Nix gives the new attribute no position (`unsafeGetAttrPos` is null); a
            // finding about its value points where the last value was written, the one
            // `recursiveUpdate` keeps.
            span: None,
            value_span: group.last().and_then(|entry| entry.value_span),
            value: Thunk::native(move |ev| {
                let partial =
                    ev.apply(f, Thunk::ready(Value::String(Rc::from(key.as_str()))), span)?;
                ev.apply(partial, Thunk::ready(Value::List(values)), span)
            }),
        });
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))))
}

/// Merges two sets' entries, each in name order, into `out` in name order; an entry of
/// `first` comes before one of `second` with the same name, as a stable sort would put them.
fn merge_in_order<'a>(
    first: &'a [AttrEntry],
    second: &'a [AttrEntry],
    out: &mut Vec<&'a AttrEntry>,
) {
    out.reserve(first.len() + second.len());
    let (mut i, mut j) = (0, 0);
    while i < first.len() && j < second.len() {
        if second[j].name < first[i].name {
            out.push(&second[j]);
            j += 1;
        } else {
            out.push(&first[i]);
            i += 1;
        }
    }
    out.extend(&first[i..]);
    out.extend(&second[j..]);
}

/// `builtins.unsafeGetAttrPos`: where an attribute was written, as
/// `{ file; line; column; }`, or null when it was written nowhere (made by a builtin).
pub(super) fn unsafe_get_attr_pos(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let set = attrs(ev, args, 1, span)?;
    match set.get(&name).and_then(|entry| entry.span) {
        Some(at) => Ok(ev.position_value(at)),
        None => Ok(Value::Null),
    }
}
