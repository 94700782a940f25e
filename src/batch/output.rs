//! Where records are written, without ever losing one.
//!
//! - **Names.** With `--out-dir`, every article gets a file name that is
//!   unique by construction: the input tree is mirrored (below each input
//!   when several are given), `a.txt` gives `a.json` and any other
//!   extension is kept (`a.html` → `a.html.json`), and a JSON Lines id is
//!   encoded reversibly, dots and all. Whatever still maps two articles of
//!   one run to one file is refused for the second, with a message naming
//!   the first, instead of overwriting it.
//! - **Resume.** A small record of the options that wrote the folder
//!   (`.newsner-run.json`) lets a re-run with other options redo the work
//!   rather than keep records made another way.
//! - **Files.** Records are written to a temporary file and renamed over
//!   the target, so a file is old or whole, never half written. The new
//!   file gets the mode any tool would give it (0666 less the umask), an
//!   existing one keeps its mode, and a symbolic link is written through,
//!   not replaced.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// Hands out output paths below an output folder and refuses a second
/// article for a path already taken in this run.
pub(crate) struct OutNames {
    root: PathBuf,
    /// Mirror each input's own path (several inputs) rather than the tree
    /// below it (one input).
    prefix_inputs: bool,
    /// Paths handed out, with the input that took each.
    taken: HashMap<PathBuf, String>,
    /// The output files' extension (`json`, `html`, `tsv`).
    ext: &'static str,
}

impl OutNames {
    pub(crate) fn new(root: &Path, inputs: usize, ext: &'static str) -> OutNames {
        OutNames {
            root: root.to_path_buf(),
            prefix_inputs: inputs > 1,
            taken: HashMap::new(),
            ext,
        }
    }

    /// The output of a file found at `below` under the command-line path
    /// `input` (a folder), or of `input` itself (`below` is `None`).
    pub(crate) fn for_file(
        &mut self,
        input: &Path,
        below: Option<&Path>,
        source: &str,
    ) -> Result<PathBuf> {
        let mirrored = match (self.prefix_inputs, below) {
            (true, Some(below)) => portable(input).join(below),
            (true, None) => portable(input),
            (false, Some(below)) => below.to_path_buf(),
            (false, None) => input
                .file_name()
                .map_or_else(|| portable(input), PathBuf::from),
        };
        let name = match mirrored.extension() {
            Some(ext) if ext.eq_ignore_ascii_case("txt") => mirrored.with_extension(self.ext),
            _ => {
                let mut s = mirrored.into_os_string();
                s.push(".");
                s.push(self.ext);
                PathBuf::from(s)
            }
        };
        self.take(self.root.join(name), source)
    }

    /// The output of a JSON Lines article with this id.
    pub(crate) fn for_id(&mut self, id: &str, source: &str) -> Result<PathBuf> {
        let path = self.root.join(format!("{}.{}", encode_id(id), self.ext));
        if let Some(first) = self.taken.get(&path) {
            return Err(Error::new(ErrorKind::InvalidArgument(format!(
                "duplicate id '{id}' (first at {first}); nothing written for it, so the \
                 first article's record stays"
            )))
            .with_path(source));
        }
        self.take(path, source)
    }

    /// The output of stdin read as one article.
    pub(crate) fn for_stdin(&mut self) -> Result<PathBuf> {
        self.take(self.root.join(format!("stdin.{}", self.ext)), "-")
    }

    fn take(&mut self, path: PathBuf, source: &str) -> Result<PathBuf> {
        if let Some(first) = self.taken.get(&path) {
            return Err(Error::new(ErrorKind::InvalidArgument(format!(
                "its output {} is already written by {first} in this run; nothing written \
                 for it (rename one of them, or give it its own run)",
                path.display()
            )))
            .with_path(source));
        }
        self.taken.insert(path.clone(), source.to_string());
        Ok(path)
    }
}

/// A command-line path as a relative path that stays inside the output
/// folder: root, `.` and `..` parts are dropped (`../x/a.txt` → `x/a.txt`).
fn portable(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part),
            _ => None,
        })
        .collect()
}

/// A JSON Lines id as a file name, reversibly: letters, digits, `-`, `_`
/// and `.` stay (but a leading dot, which would hide the file), every
/// other byte becomes `%XX`. Ids too long for a file name are cut and
/// given a hash of the whole id, so they stay distinct.
pub(crate) fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for (i, c) in id.char_indices() {
        let keep = c.is_alphanumeric() || matches!(c, '-' | '_') || (c == '.' && i > 0);
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    const MAX: usize = 200;
    if out.len() <= MAX {
        return if out.is_empty() { "%".to_string() } else { out };
    }
    let mut cut = MAX - 20;
    while !out.is_char_boundary(cut)
        || out[..cut].ends_with('%')
        || out[..cut.saturating_sub(1)].ends_with('%')
    {
        cut -= 1;
    }
    format!("{}~{:016x}", &out[..cut], fnv1a(id.as_bytes()))
}

/// FNV-1a, 64 bits: a stable hash (the standard library's may change
/// between releases, and file names must not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Follows symbolic links from `path` to the file they name (which may
/// not exist yet), so that writing replaces the target, not the link.
pub(crate) fn through_links(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&path) {
            Ok(target) => {
                path = match path.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                }
            }
            Err(_) => break,
        }
    }
    path
}

/// Starts a temporary file beside `path` that will replace it: mode 0666
/// less the umask for a new file, the old file's mode for an existing one.
pub(crate) fn temporary_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let fail = |e: std::io::Error| Error::from(e).with_path(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".newsner-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir).map_err(fail)?;
    if let Ok(old) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(fail)?;
    }
    Ok(tmp)
}

/// Writes `bytes` to `path` through a temporary file and a rename, so the
/// file is either absent, old, or whole.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| Error::from(e).with_path(path);
    let mut tmp = temporary_beside(path)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// The file in an output folder that records the options that wrote it.
pub(crate) const MANIFEST: &str = ".newsner-run.json";

/// Compares the options of this run with those that wrote `root`: `None`
/// when the folder's records can be kept, else why every article must be
/// redone.
pub(crate) fn options_changed(root: &Path, now: &serde_json::Value) -> Option<String> {
    let path = root.join(MANIFEST);
    let before = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(_) => {
            let has_records = std::fs::read_dir(root).is_ok_and(|mut d| d.next().is_some());
            return has_records
                .then(|| "this folder has no record of the options that wrote it".to_string());
        }
    };
    let Ok(serde_json::Value::Object(before)) = serde_json::from_slice(&before) else {
        return Some(format!("{MANIFEST} is unreadable"));
    };
    let serde_json::Value::Object(now) = now else {
        return None;
    };
    let changes: Vec<String> = now
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v))
        .map(|(k, v)| {
            let old = before.get(k).map_or("unset".to_string(), |o| o.to_string());
            format!("{k} {old} → {v}")
        })
        .collect();
    (!changes.is_empty()).then(|| {
        format!(
            "options differ from the run that wrote this folder ({})",
            changes.join(", ")
        )
    })
}

/// Records the options of a finished run in `root`.
pub(crate) fn record_options(root: &Path, now: &serde_json::Value) -> Result<()> {
    let mut bytes = serde_json::to_vec_pretty(now).expect("a JSON value serialises");
    bytes.push(b'\n');
    write_atomically(&root.join(MANIFEST), &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inverse of [`encode_id`] for ids short enough to keep whole.
    fn decode_id(name: &str) -> String {
        let mut bytes = Vec::new();
        let mut rest = name.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            if b == b'%' && tail.len() >= 2 {
                let hex = std::str::from_utf8(&tail[..2]).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
                rest = &tail[2..];
            } else {
                bytes.push(b);
                rest = tail;
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn ids_encode_reversibly_and_stay_distinct() {
        let ids = [
            "reuters-2025.12.22-001",
            "reuters-2025.12.22-002",
            "https://www.bbc.com/news/articles/a1",
            "https://www.bbc.com/news/articles/b2",
            "a/b c",
            "a_b_c",
            "../x",
            ".hidden",
            "100%",
            "Zürich-1",
        ];
        let names: Vec<String> = ids.iter().map(|id| encode_id(id)).collect();
        for (id, name) in ids.iter().zip(&names) {
            assert_eq!(&decode_id(name), id);
            assert!(!name.contains('/') && !name.starts_with('.'), "{name}");
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        assert_eq!(names[0], "reuters-2025.12.22-001");
    }

    #[test]
    fn long_ids_are_cut_with_a_hash() {
        let a = "x".repeat(300) + "a";
        let b = "x".repeat(300) + "b";
        let (ea, eb) = (encode_id(&a), encode_id(&b));
        assert!(ea.len() < 220 && ea != eb);
    }

    #[test]
    fn a_second_article_for_one_path_is_refused() {
        let mut names = OutNames::new(Path::new("out"), 2, "json");
        let a = names.for_file(Path::new("x"), Some(Path::new("c.txt")), "x/c.txt");
        let b = names.for_file(Path::new("y/c.txt"), None, "y/c.txt");
        assert_eq!(a.unwrap(), Path::new("out/x/c.json"));
        assert_eq!(b.unwrap(), Path::new("out/y/c.json"));
        let dup = names.for_id("x/c.txt", "feed.jsonl:1");
        assert!(
            dup.is_ok(),
            "ids are encoded, so they cannot meet a mirrored path"
        );
        let again = names.for_file(Path::new("../x"), Some(Path::new("c.txt")), "../x/c.txt");
        let msg = again.unwrap_err().to_string();
        assert!(msg.contains("already written by x/c.txt"), "{msg}");
    }

    #[test]
    fn other_extensions_are_kept() {
        let mut names = OutNames::new(Path::new("out"), 1, "json");
        let a = names.for_file(Path::new("in"), Some(Path::new("a.txt")), "in/a.txt");
        let b = names.for_file(Path::new("in"), Some(Path::new("a.html")), "in/a.html");
        assert_eq!(a.unwrap(), Path::new("out/a.json"));
        assert_eq!(b.unwrap(), Path::new("out/a.html.json"));
    }
}
