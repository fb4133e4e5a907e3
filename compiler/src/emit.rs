//! Plan -> disk.
