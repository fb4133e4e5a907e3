//! Lists ncc knows only in part: the value of an open-world list option (DESIGN.md
//! §8.2, `boot.kernelParams`), which holds the items of the definitions ncc evaluates
//! but not those NixOS's own modules, and others it does not evaluate, add (the systemd
//! initrd's `root=fstab`). An item found in one is there; one not found may still be.
//! The membership builtins (`elem`, `any`, `all`) answer from the items they see where
//! those decide, and are unknown where the rest of the list would.

use std::rc::Rc;

use crate::eval::Thunk;
use crate::name::{FxHashMap, Name};

/// The open lists made so far, each with the option it is the value of.
#[derive(Default)]
pub struct OpenLists {
    /// By the address of the list's items; the list is kept, so no other list is ever
    /// made at that address while it is listed.
    by_address: FxHashMap<usize, OpenList>,
}

/// An open list and the option it is the value of.
struct OpenList {
    items: Rc<[Thunk]>,
    option: Rc<[Name]>,
}

impl OpenLists {
    /// A list of `items`, marked as the value of the open-world option `option`.
    pub fn make(&mut self, items: Vec<Thunk>, option: &[Name]) -> Rc<[Thunk]> {
        let list: Rc<[Thunk]> = Rc::from(items);
        let open = OpenList {
            items: list.clone(),
            option: Rc::from(option),
        };
        self.by_address.insert(address(&list), open);
        list
    }

    /// The option whose value `list` is, when it is an open list.
    pub fn option_of(&self, list: &Rc<[Thunk]>) -> Option<Rc<[Name]>> {
        let open = self.by_address.get(&address(list))?;
        Rc::ptr_eq(&open.items, list).then(|| open.option.clone())
    }
}

fn address(list: &Rc<[Thunk]>) -> usize {
    Rc::as_ptr(list).cast::<Thunk>() as usize
}
