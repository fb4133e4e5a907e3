//! Expressions printed back as Nix 2.8 prints them in messages (`assertion '...' failed`):
//! fully parenthesised, with operators that Nix desugars shown desugared.

use crate::ir::*;

/// The text Nix 2.8 shows for an expression.
pub fn show(ir: &Ir, id: ExprId) -> String {
    let mut out = String::new();
    write_expr(ir, id, &mut out);
    out
}

fn write_expr(ir: &Ir, id: ExprId, out: &mut String) {
    match ir.expr(id) {
        Expr::Missing => out.push_str("«error»"),
        Expr::CurPos => out.push_str("__curPos"),
        Expr::Int(i) => out.push_str(&i.to_string()),
        Expr::Float(f) => out.push_str(&crate::eval::print::format_float(*f)),
        Expr::Str(parts) => write_parts(ir, parts, out, true),
        Expr::Path { parts, .. } => write_parts(ir, parts, out, false),
        Expr::Local { name, .. } | Expr::WithVar { name } | Expr::Global { name } => {
            out.push_str(name.as_str())
        }
        Expr::Select { set, path, default } => {
            out.push('(');
            write_expr(ir, *set, out);
            out.push_str(").");
            write_path(ir, path, out);
            if let Some(default) = default {
                out.push_str(" or (");
                write_expr(ir, *default, out);
                out.push(')');
            }
        }
        Expr::HasAttr { set, path } => {
            out.push_str("((");
            write_expr(ir, *set, out);
            out.push_str(") ? ");
            write_path(ir, path, out);
            out.push(')');
        }
        Expr::Attrs(attrs) => {
            out.push_str(if attrs.recursive { "rec { " } else { "{ " });
            for entry in &attrs.entries {
                out.push_str(entry.name.as_str());
                out.push_str(" = ");
                write_expr(ir, entry.value, out);
                out.push_str("; ");
            }
            for entry in &attrs.dynamic {
                out.push_str("\"${");
                write_expr(ir, entry.key, out);
                out.push_str("}\" = ");
                write_expr(ir, entry.value, out);
                out.push_str("; ");
            }
            out.push('}');
        }
        Expr::List(items) => {
            out.push_str("[ ");
            for item in items.iter() {
                out.push('(');
                write_expr(ir, *item, out);
                out.push_str(") ");
            }
            out.push(']');
        }
        Expr::Lambda(lambda) => {
            out.push('(');
            match &lambda.param {
                Param::Ident(name) => out.push_str(name.as_str()),
                Param::Formals {
                    formals,
                    ellipsis,
                    bind,
                } => {
                    out.push_str("{ ");
                    let mut first = true;
                    for formal in formals {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        out.push_str(formal.name.as_str());
                        if let Some(default) = formal.default {
                            out.push_str(" ? ");
                            write_expr(ir, default, out);
                        }
                    }
                    if *ellipsis {
                        if !first {
                            out.push_str(", ");
                        }
                        out.push_str("...");
                    }
                    out.push_str(" }");
                    if let Some(bind) = bind {
                        out.push_str(" @ ");
                        out.push_str(bind.as_str());
                    }
                }
            }
            out.push_str(": ");
            write_expr(ir, lambda.body, out);
            out.push(')');
        }
        Expr::Apply { function, argument } => {
            out.push('(');
            write_expr(ir, *function, out);
            out.push(' ');
            write_expr(ir, *argument, out);
            out.push(')');
        }
        Expr::If {
            condition,
            then,
            otherwise,
        } => {
            out.push_str("(if ");
            write_expr(ir, *condition, out);
            out.push_str(" then ");
            write_expr(ir, *then, out);
            out.push_str(" else ");
            write_expr(ir, *otherwise, out);
            out.push(')');
        }
        Expr::Let { body, .. } => {
            out.push_str("(let ... in ");
            write_expr(ir, *body, out);
            out.push(')');
        }
        Expr::With { namespace, body } => {
            out.push_str("(with ");
            write_expr(ir, *namespace, out);
            out.push_str("; ");
            write_expr(ir, *body, out);
            out.push(')');
        }
        Expr::Assert { condition, body } => {
            out.push_str("assert ");
            write_expr(ir, *condition, out);
            out.push_str("; ");
            write_expr(ir, *body, out);
        }
        Expr::Unary { op, operand } => match op {
            UnaryOp::Not => {
                out.push_str("(! ");
                write_expr(ir, *operand, out);
                out.push(')');
            }
            UnaryOp::Negate => {
                out.push_str("(__sub 0 ");
                write_expr(ir, *operand, out);
                out.push(')');
            }
        },
        Expr::Binary { op, left, right } => write_binary(ir, *op, *left, *right, out),
        Expr::InheritFrom { from, name } => {
            out.push('(');
            write_expr(ir, *from, out);
            out.push_str(").");
            out.push_str(name.as_str());
        }
    }
}

fn write_binary(ir: &Ir, op: BinaryOp, left: ExprId, right: ExprId, out: &mut String) {
    let call = |name: &str, a: ExprId, b: ExprId, out: &mut String| {
        out.push('(');
        out.push_str(name);
        out.push(' ');
        write_expr(ir, a, out);
        out.push(' ');
        write_expr(ir, b, out);
        out.push(')');
    };
    let infix = |symbol: &str, out: &mut String| {
        out.push('(');
        write_expr(ir, left, out);
        out.push(' ');
        out.push_str(symbol);
        out.push(' ');
        write_expr(ir, right, out);
        out.push(')');
    };
    match op {
        BinaryOp::Sub => call("__sub", left, right, out),
        BinaryOp::Mul => call("__mul", left, right, out),
        BinaryOp::Div => call("__div", left, right, out),
        BinaryOp::Less => call("__lessThan", left, right, out),
        BinaryOp::Greater => call("__lessThan", right, left, out),
        BinaryOp::LessOrEqual => {
            out.push_str("(! ");
            call("__lessThan", right, left, out);
            out.push(')');
        }
        BinaryOp::GreaterOrEqual => {
            out.push_str("(! ");
            call("__lessThan", left, right, out);
            out.push(')');
        }
        BinaryOp::Add => infix("+", out),
        BinaryOp::Concat => infix("++", out),
        BinaryOp::Update => infix("//", out),
        BinaryOp::And => infix("&&", out),
        BinaryOp::Or => infix("||", out),
        BinaryOp::Implication => infix("->", out),
        BinaryOp::Equal => infix("==", out),
        BinaryOp::NotEqual => infix("!=", out),
        BinaryOp::PipeLeft => infix("<|", out),
        BinaryOp::PipeRight => infix("|>", out),
    }
}

fn write_path(ir: &Ir, path: &[AttrKey], out: &mut String) {
    for (index, key) in path.iter().enumerate() {
        if index > 0 {
            out.push('.');
        }
        match key {
            AttrKey::Static(name) => out.push_str(name.as_str()),
            AttrKey::Dynamic(expr) => {
                out.push_str("\"${");
                write_expr(ir, *expr, out);
                out.push_str("}\"");
            }
        }
    }
}

fn write_parts(ir: &Ir, parts: &[StrPart], out: &mut String, quote: bool) {
    if let [StrPart::Literal(text)] = parts {
        if quote {
            out.push_str(&crate::eval::print::quote_string(text));
        } else {
            out.push_str(text);
        }
        return;
    }
    out.push('(');
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push_str(" + ");
        }
        match part {
            StrPart::Literal(text) => out.push_str(&crate::eval::print::quote_string(text)),
            StrPart::Interpolation(expr) => write_expr(ir, *expr, out),
        }
    }
    out.push(')');
}
