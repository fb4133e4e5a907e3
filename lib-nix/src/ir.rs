//! ② The lowered form of Nix code: expressions in one arena, addressed by [`ExprId`],
//! each with its span in a separate source map. Variables are already resolved to frame
//! slots; no rowan type appears here.

use std::rc::Rc;

use crate::diagnostic::Span;
use crate::name::Name;

/// Index of an expression in the [`Ir`] arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// Every expression lowered so far, across all files of a run, with their spans.
#[derive(Debug, Default)]
pub struct Ir {
    exprs: Vec<Rc<Expr>>,
    spans: Vec<Span>,
    /// Lambdas bound to a name (`f = x: ...;`), named in messages as Nix names them.
    lambda_names: std::collections::HashMap<ExprId, Name>,
}

impl Ir {
    pub fn alloc(&mut self, expr: Expr, span: Span) -> ExprId {
        let id = ExprId(self.exprs.len() as u32);
        self.exprs.push(Rc::new(expr));
        self.spans.push(span);
        id
    }

    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }

    /// A shared handle on the expression, so evaluation can hold it while mutating state.
    pub fn expr_rc(&self, id: ExprId) -> Rc<Expr> {
        self.exprs[id.0 as usize].clone()
    }

    pub fn set_lambda_name(&mut self, id: ExprId, name: Name) {
        if matches!(self.expr(id), Expr::Lambda(_)) {
            self.lambda_names.insert(id, name);
        }
    }

    pub fn lambda_name(&self, id: ExprId) -> Option<&Name> {
        self.lambda_names.get(&id)
    }

    pub fn span(&self, id: ExprId) -> Span {
        self.spans[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.exprs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exprs.is_empty()
    }
}

/// One lowered file: its root expression.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub root: ExprId,
}

#[derive(Debug, Clone)]
pub enum Expr {
    /// Where the source had an error: evaluates to an already-reported failure.
    Missing,
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
