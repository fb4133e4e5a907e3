//! Builtins on lists.

use std::rc::Rc;

use super::*;

/// `builtins.all`.
pub(super) fn all(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    for item in items.iter() {
        if !predicate(ev, &f, item, span)? {
            return Ok(Value::Bool(false));
        }
    }
    unless_open(ev, &items, span)?;
    Ok(Value::Bool(true))
}

/// `builtins.any`.
pub(super) fn any(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    for item in items.iter() {
        if predicate(ev, &f, item, span)? {
            return Ok(Value::Bool(true));
        }
    }
    unless_open(ev, &items, span)?;
    Ok(Value::Bool(false))
}

/// Unknown when `items` is an open list ([`crate::eval::open_lists`]): an answer that
/// the items ncc sees did not decide is the rest of the list's to give.
fn unless_open(ev: &Evaluator, items: &Rc<[Thunk]>, span: Span) -> EvalResult<()> {
    match ev.open_lists.option_of(items) {
        Some(option) => Err(EvalError::unknown(
            format!(
                "what else the modules ncc does not evaluate (NixOS's own) add to the option `{}'",
                crate::modules::show_option(&option)
            ),
            Some(span),
        )),
        None => Ok(()),
    }
}

/// `builtins.concatLists`.
pub(super) fn concat_lists(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut out = Vec::new();
    for item in list(ev, args, 0, span)?.iter() {
        let v = ev.force(item, Some(span))?;
        let inner = expect_list(ev, v, span)?;
        ev.charge_items(inner.len() + 1, span)?;
        out.extend(inner.iter().cloned());
    }
    Ok(Value::List(Rc::from(out)))
}

/// `builtins.concatMap`.
pub(super) fn concat_map(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let mut out = Vec::new();
    for item in list(ev, args, 1, span)?.iter() {
        let v = call(ev, &f, item.clone(), span)?;
        let inner = expect_list(ev, v, span)?;
        ev.charge_items(inner.len(), span)?;
        out.extend(inner.iter().cloned());
    }
    Ok(Value::List(Rc::from(out)))
}

/// `builtins.elem`.
pub(super) fn elem(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let x = arg(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(items.len(), span)?;
    for item in items.iter() {
        let v = ev.force(item, Some(span))?;
        if ev.values_equal(&x, &v, span)? {
            return Ok(Value::Bool(true));
        }
    }
    unless_open(ev, &items, span)?;
    Ok(Value::Bool(false))
}

/// `builtins.elemAt`.
pub(super) fn elem_at(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let items = list(ev, args, 0, span)?;
    let n = int(ev, args, 1, span)?;
    if n < 0 || n as usize >= items.len() {
        return Err(EvalError::message(
            format!("list index {n} is out of bounds"),
            Some(span),
        ));
    }
    ev.force(&items[n as usize], Some(span))
}

/// `builtins.filter`.
pub(super) fn filter(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let mut out = Vec::new();
    for item in list(ev, args, 1, span)?.iter() {
        if predicate(ev, &f, item, span)? {
            out.push(item.clone());
        }
    }
    Ok(Value::List(Rc::from(out)))
}

/// `builtins.foldl'`: forces each intermediate accumulator, as its name says, but not
/// the initial one unless the list is empty (Nix leaves it to the function).
pub(super) fn foldl_strict(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    if !f.is_function() && !matches!(&f, Value::Attrs(set) if set.get("__functor").is_some()) {
        return Err(ev.type_error(&f, "a function", span));
    }
    let items = list(ev, args, 2, span)?;
    let mut acc = args[1].clone();
    for item in items.iter() {
        let partial = ev.apply(f.clone(), acc, span)?;
        acc = Thunk::ready(ev.apply(partial, item.clone(), span)?);
    }
    ev.force(&acc, Some(span))
}

/// `builtins.genList`.
pub(super) fn gen_list(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let n = int(ev, args, 1, span)?;
    if n < 0 {
        return Err(EvalError::message(
            format!("cannot create list of size {n}"),
            Some(span),
        ));
    }
    ev.charge((n as u64).saturating_mul(ALLOCATION_STEPS), span)?;
    let items: Vec<Thunk> = (0..n)
        .map(|i| {
            let f = f.clone();
            Thunk::native(move |ev| ev.apply(f, Thunk::ready(Value::Int(i)), span))
        })
        .collect();
    Ok(Value::List(Rc::from(items)))
}

/// `builtins.groupBy`.
pub(super) fn group_by(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let mut groups: indexmap::IndexMap<String, Vec<Thunk>> = indexmap::IndexMap::new();
    for item in list(ev, args, 1, span)?.iter() {
        let key = call(ev, &f, item.clone(), span)?;
        let key = expect_string(ev, key, span)?;
        groups.entry(key).or_default().push(item.clone());
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(
        groups
            .into_iter()
            .map(|(k, v)| AttrEntry::new(&k, Thunk::ready(Value::List(Rc::from(v)))))
            .collect(),
    ))))
}

/// `builtins.head`.
pub(super) fn head(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let items = list(ev, args, 0, span)?;
    match items.first() {
        Some(t) => ev.force(t, Some(span)),
        None => Err(EvalError::message(
            "list index 0 is out of bounds",
            Some(span),
        )),
    }
}

/// `builtins.tail`.
pub(super) fn tail(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let items = list(ev, args, 0, span)?;
    if items.is_empty() {
        return Err(EvalError::message(
            "'tail' called on an empty list",
            Some(span),
        ));
    }
    ev.charge_items(items.len(), span)?;
    Ok(Value::List(Rc::from(&items[1..])))
}

/// `builtins.length`.
pub(super) fn length(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Int(list(ev, args, 0, span)?.len() as i64))
}

/// `builtins.map`.
pub(super) fn map(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge(items.len() as u64 * ALLOCATION_STEPS, span)?;
    Ok(Value::List(
        items
            .iter()
            .map(|item| {
                let (f, item) = (f.clone(), item.clone());
                Thunk::native(move |ev| ev.apply(f, item, span))
            })
            .collect(),
    ))
}

/// `builtins.partition`.
pub(super) fn partition(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let f = arg(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(items.len(), span)?;
    let (mut right, mut wrong) = (Vec::new(), Vec::new());
    for item in items.iter() {
        if predicate(ev, &f, item, span)? {
            right.push(item.clone());
        } else {
            wrong.push(item.clone());
        }
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("right", Thunk::ready(Value::List(Rc::from(right)))),
        AttrEntry::new("wrong", Thunk::ready(Value::List(Rc::from(wrong)))),
    ]))))
}

pub(super) fn sort(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let comparator = arg(ev, args, 0, span)?;
    let items: Vec<Thunk> = list(ev, args, 1, span)?.to_vec();
    ev.charge_items(items.len(), span)?;
    let sorted = merge_sort(ev, &comparator, items, span)?;
    Ok(Value::List(Rc::from(sorted)))
}

/// A stable merge sort whose comparison may fail.
fn merge_sort(
    ev: &mut Evaluator,
    comparator: &Value,
    items: Vec<Thunk>,
    span: Span,
) -> EvalResult<Vec<Thunk>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect();
    let left = merge_sort(ev, comparator, left, span)?;
    let right = merge_sort(ev, comparator, right, span)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        let partial = ev.apply(comparator.clone(), right[j].clone(), span)?;
        let right_first = ev.apply(partial, left[i].clone(), span)?;
        if boolean(ev, right_first, span)? {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

/// `builtins.genericClosure { startSet; operator; }`: every item reachable from the
/// start set through the operator, each key once, in the order found.
pub(super) fn generic_closure(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    let field = |name: &str| {
        set.get(name).map(|e| e.value.clone()).ok_or_else(|| {
            EvalError::message(
                format!("attribute '{name}' missing for call to 'genericClosure'"),
                Some(span),
            )
        })
    };
    let start = field("startSet")?;
    let start = ev.force(&start, Some(span))?;
    let mut work: std::collections::VecDeque<Thunk> =
        expect_list(ev, start, span)?.iter().cloned().collect();
    let operator = field("operator")?;
    let operator = ev.force(&operator, Some(span))?;
    // The keys seen, kept sorted as Nix's `std::set` ordered by `<` keeps them.
    let mut keys: Vec<Value> = Vec::new();
    let mut result = Vec::new();
    while let Some(item) = work.pop_front() {
        let value = ev.force(&item, Some(span))?;
        let element = ev.expect_attrs(value, span)?;
        let Some(key) = element.get("key") else {
            return Err(EvalError::message("attribute 'key' required", Some(span)));
        };
        let key = ev.force(&key.value.clone(), Some(span))?;
        // Binary search with a comparison that may fail.
        let (mut low, mut high) = (0, keys.len());
        let mut found = false;
        while low < high {
            let middle = (low + high) / 2;
            // The new key on the left first, as Nix's `std::set` compares them.
            if closure_key_less(ev, &key, &keys[middle], span)? {
                high = middle;
            } else if closure_key_less(ev, &keys[middle], &key, span)? {
                low = middle + 1;
            } else {
                found = true;
                break;
            }
        }
        if found {
            continue;
        }
        ev.charge_items(keys.len().max(1).ilog2() as usize + 1, span)?;
        keys.insert(low, key);
        result.push(item.clone());
        let next = ev.apply(operator.clone(), item, span)?;
        for next in expect_list(ev, next, span)?.iter() {
            ev.force(next, Some(span))?;
            work.push_back(next.clone());
        }
    }
    Ok(Value::List(Rc::from(result)))
}

/// The order of `genericClosure`'s keys: numbers, strings, paths and lists only.
fn closure_key_less(ev: &mut Evaluator, a: &Value, b: &Value, span: Span) -> EvalResult<bool> {
    match (a, b) {
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_))
        | (Value::String(_), Value::String(_))
        | (Value::Path(_), Value::Path(_))
        | (Value::List(_), Value::List(_)) => ev.less_than(a, b, span),
        _ => Err(EvalError::message(
            format!(
                "cannot compare {} with {}",
                a.type_phrase(),
                b.type_phrase()
            ),
            Some(span),
        )),
    }
}
