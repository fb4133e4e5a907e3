//! The nixpkgs a repository without a flake pins with niv (`nix/sources.json`) or npins
//! (`npins/sources.json`): its hosts are built from that pin, as a flake's hosts are from
//! the nixpkgs its lock names, so a pin of another release than 25.11 (`nixos-unstable`)
//! says their code may call lib functions ncc's `lib` (nixpkgs lib 25.11) has not.

use std::rc::Rc;

use lib_nix::eval::EvalIo;

/// The sources files of niv and npins, by the tool that writes each.
const SOURCES: [(&str, &str); 2] = [("nix/sources.json", "niv"), ("npins/sources.json", "npins")];

/// The nixpkgs pinned by the niv or npins sources file nearest above the file at `path`,
/// when it is not known to be 25.11, said as [`lib_nix::eval::Evaluator::library_release`]
/// says it (`the niv pin `nixpkgs` (nixos-unstable)`); `None` for a pin of 25.11, and
/// where no sources file pins nixpkgs.
pub fn nixpkgs_release(io: &dyn EvalIo, path: &str) -> Option<Rc<str>> {
    let mut dir = lib_nix::path::dir_of(path);
    loop {
        for (file, tool) in SOURCES {
            let sources = format!("{}/{file}", dir.trim_end_matches('/'));
            if !io.path_exists(&sources) || io.is_directory(&sources) {
                continue;
            }
            let text = io.read_file(&sources).ok()?;
            return release_of(&text, tool);
        }
        let parent = lib_nix::path::dir_of(&dir);
        if parent == dir {
            return None;
        }
        dir = parent;
    }
}

/// What the sources file `text` of `tool` says of its `nixpkgs` pin.
fn release_of(text: &str, tool: &str) -> Option<Rc<str>> {
    let sources: serde_json::Value = serde_json::from_str(text).ok()?;
    // npins keeps its pins under `pins`; niv's file is the pins themselves.
    let pins = sources.get("pins").unwrap_or(&sources).as_object()?;
    let pin = pins.get("nixpkgs")?;
    let field = |name: &str| pin.get(name).and_then(|value| value.as_str());
    // niv's and npins' branch, an npins channel's name, then the url the pin fetches.
    let said = ["branch", "name", "url"]
        .iter()
        .find_map(|name| field(name))
        .unwrap_or("");
    let is_nccs = names_nccs_release(said);
    if is_nccs {
        return None;
    }
    Some(Rc::from(match said {
        "" => format!("the {tool} pin `nixpkgs`"),
        said => format!("the {tool} pin `nixpkgs` ({said})"),
    }))
}

/// Whether `text` (a branch, a channel, a url, a flake's locked reference) names nixpkgs
/// 25.11, the release ncc's `lib` is: `25.11` not inside a longer number (`nixos-25.11`,
/// `release-25.11`, not `125.11` or `25.110`), or FlakeHub's version of it (`/0.2511.x`).
pub fn names_nccs_release(text: &str) -> bool {
    let padded = format!(" {text} ");
    let found = |needle: &str, before: fn(char) -> bool| {
        padded.match_indices(needle).any(|(at, _)| {
            padded[..at].chars().next_back().is_some_and(before)
                && !padded[at + needle.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
    };
    found("25.11", |c| !c.is_ascii_digit() && c != '.') || found("0.2511", |c| c == '/')
}

#[cfg(test)]
mod tests {
    use super::{names_nccs_release, release_of};

    #[test]
    fn only_25_11_itself_is_nccs_release() {
        for said in [
            "nixos-25.11",
            "github:NixOS/nixpkgs/nixos-25.11",
            "release-25.11",
            "https://flakehub.com/f/NixOS/nixpkgs/0.2511.1",
        ] {
            assert!(names_nccs_release(said), "{said}");
        }
        for said in [
            "nixos-unstable",
            "nixos-24.11",
            "125.11",
            "25.110",
            "1.25.11",
            "https://flakehub.com/f/NixOS/nixpkgs/0.25110",
        ] {
            assert!(!names_nccs_release(said), "{said}");
        }
    }

    #[test]
    fn a_pin_names_its_release_unless_it_is_25_11() {
        let niv = r#"{ "nixpkgs": { "branch": "nixos-unstable", "owner": "NixOS" } }"#;
        assert_eq!(
            release_of(niv, "niv").as_deref(),
            Some("the niv pin `nixpkgs` (nixos-unstable)")
        );
        let niv = r#"{ "nixpkgs": { "branch": "nixos-25.11", "owner": "NixOS" } }"#;
        assert_eq!(release_of(niv, "niv"), None);
        let npins = r#"{ "pins": { "nixpkgs": { "type": "Channel", "name": "nixos-24.05" } }, "version": 5 }"#;
        assert_eq!(
            release_of(npins, "npins").as_deref(),
            Some("the npins pin `nixpkgs` (nixos-24.05)")
        );
        let npins = r#"{ "pins": { "nixpkgs": { "type": "Channel", "name": "nixos-25.11" } } }"#;
        assert_eq!(release_of(npins, "npins"), None);
        assert_eq!(release_of(r#"{ "home-manager": { } }"#, "niv"), None);
    }
}
