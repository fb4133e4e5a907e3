//! The plan codegen returns and emit carries out: every artifact of the output tree,
//! as data, sorted by path. Nothing here touches the disk.

/// The whole output tree. `artifacts` is sorted by `path` and has no duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub artifacts: Vec<Artifact>,
}

/// One entry of the output tree; `path` is relative to the output root, which mirrors `/`,
/// uses `/` separators and never contains `..` or a leading `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    pub path: String,
    pub kind: ArtifactKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtifactKind {
    File { contents: String, mode: u32 },
    Symlink { target: String },
    Directory { mode: u32 },
}
