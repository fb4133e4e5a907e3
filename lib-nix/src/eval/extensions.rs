//! What the layers above keep with an evaluator for their own builtins: one value of
//! each type, made when first asked for. The evaluator never reads them; a builtin of
//! the compiler reaches its state through the evaluator it is given, as it reaches
//! nothing else.

use std::any::{Any, TypeId};

use crate::name::FxHashMap;

/// One value of each type, by its type.
#[derive(Default)]
pub struct Extensions {
    values: FxHashMap<TypeId, Box<dyn Any>>,
}

impl Extensions {
    /// The value of type `T`, made with `T::default()` when first asked for.
    pub fn get_or_default<T: Any + Default>(&mut self) -> &mut T {
        self.values
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("each value is kept under its own type")
    }

    /// The value of type `T`, if one was made.
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.values
            .get(&TypeId::of::<T>())
            .and_then(|value| value.downcast_ref::<T>())
    }

    /// Takes the value of type `T` out, if one was made.
    pub fn take<T: Any>(&mut self) -> Option<T> {
        self.values
            .remove(&TypeId::of::<T>())
            .and_then(|value| value.downcast::<T>().ok())
            .map(|value| *value)
    }
}

impl std::fmt::Debug for Extensions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Extensions({} values)", self.values.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_has_its_own_value() {
        let mut extensions = Extensions::default();
        assert!(extensions.get::<Vec<u32>>().is_none());
        extensions.get_or_default::<Vec<u32>>().push(3);
        *extensions.get_or_default::<String>() += "three";
        assert_eq!(extensions.get::<Vec<u32>>(), Some(&vec![3]));
        assert_eq!(extensions.take::<String>().as_deref(), Some("three"));
        assert!(extensions.get::<String>().is_none());
    }
}
