//! Walks the folders named on the command line: every file whose
//! extension is chosen, below them, in sorted path order.
//!
//! Symbolic links are followed, so an archive assembled from links is read
//! whole, but a link back to one of its own ancestors is reported and not
//! followed (walkdir detects it; a `self -> .` link once gave 41 copies of
//! every article). Hidden files and folders (`.git/`, `.cache/`) are
//! skipped unless asked for. Nothing is passed over silently: the walk
//! ends with a warning that counts what it skipped and why, naming the
//! option that would read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind};

/// Which files of a folder are articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileFilter {
    /// Extensions to read, lower case without the dot; `""` takes files
    /// without an extension and `"*"` every file.
    pub extensions: Vec<String>,
    /// Read hidden files and folders too.
    pub hidden: bool,
}

impl FileFilter {
    /// Whether a file at `path` is read.
    pub fn takes(&self, path: &Path) -> bool {
        let ext = path.extension().map(|e| e.to_string_lossy());
        self.extensions
            .iter()
            .any(|want| match (want.as_str(), &ext) {
                ("*", _) => true,
                ("", None) => true,
                // An ASCII extension compares without a lower-cased copy.
                (want, Some(ext)) if ext.is_ascii() => {
                    ext.bytes().map(|c| c.to_ascii_lowercase()).eq(want.bytes())
                }
                (want, Some(ext)) => want == ext.to_lowercase(),
                _ => false,
            })
    }

    /// The extensions as the user writes them (`txt,html`).
    pub fn describe(&self) -> String {
        self.extensions.join(",")
    }
}

/// The order of two entries of one folder: by name, as walkdir's
/// `sort_by_file_name`. Siblings' paths are the folder's path and a
/// name, so comparing the whole paths' bytes orders them as their names,
/// without working out each name anew at every comparison (#17).
fn by_path(a: &Path, b: &Path) -> std::cmp::Ordering {
    a.as_os_str()
        .as_encoded_bytes()
        .cmp(b.as_os_str().as_encoded_bytes())
}

/// The last `depth` parts of `path`: its path below the folder walked,
/// for an entry `depth` levels down. The walk builds each path by joining
/// a name to its folder's path, so this is the path `Path::strip_prefix`
/// gives, read from the end without comparing the folder's path part by
/// part, which cost a third of walking a folder (#17).
fn below_root(path: &Path, depth: usize) -> PathBuf {
    let mut parts: Vec<&std::ffi::OsStr> = path.iter().rev().take(depth).collect();
    parts.reverse();
    parts.into_iter().collect()
}

/// What the walk yields.
pub(crate) enum Walked {
    /// An article file; `rel` is its path below the folder walked, `None`
    /// when the file itself was named.
    File { path: PathBuf, rel: Option<PathBuf> },
    /// Something could not be read.
    Failed(Error),
    /// Something to tell the user.
    Warning { source: String, message: String },
}

/// A lazy, sorted walk of one command-line path.
pub(crate) struct Walk<'a> {
    root: PathBuf,
    filter: &'a FileFilter,
    inner: Option<walkdir::IntoIter>,
    first: Option<Walked>,
    /// Files read, hidden entries skipped, and files passed over by
    /// extension (`""` for none).
    taken: usize,
    hidden: usize,
    passed_over: BTreeMap<String, usize>,
    summary: Vec<Walked>,
}

impl<'a> Walk<'a> {
    /// Starts a walk of `root`: a file yields itself whatever its
    /// extension (the user named it); a folder yields the files below it
    /// that `filter` takes.
    pub(crate) fn new(root: &Path, filter: &'a FileFilter) -> Walk<'a> {
        let mut walk = Walk {
            root: root.to_path_buf(),
            filter,
            inner: None,
            first: None,
            taken: 0,
            hidden: 0,
            passed_over: BTreeMap::new(),
            summary: Vec::new(),
        };
        match std::fs::metadata(root) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                walk.first = Some(Walked::Failed(
                    Error::new(ErrorKind::NotFound).with_path(root),
                ));
            }
            Err(e) => walk.first = Some(Walked::Failed(Error::from(e).with_path(root))),
            Ok(m) if m.is_dir() => {
                walk.inner = Some(
                    walkdir::WalkDir::new(root)
                        .follow_links(true)
                        .sort_by(|a, b| by_path(a.path(), b.path()))
                        .into_iter(),
                );
            }
            Ok(_) => {
                walk.first = Some(Walked::File {
                    path: root.to_path_buf(),
                    rel: None,
                });
            }
        }
        walk
    }

    /// The next entry of the folder walk, or the summary once it ends.
    fn step(&mut self) -> Option<Walked> {
        let inner = self.inner.as_mut()?;
        loop {
            let entry = match inner.next() {
                Some(Ok(entry)) => entry,
                Some(Err(e)) => return Some(self.failure(e)),
                None => {
                    self.inner = None;
                    self.summarise();
                    return None;
                }
            };
            if entry.depth() == 0 {
                continue;
            }
            let hidden = entry.file_name().as_encoded_bytes().starts_with(b".");
            if hidden && !self.filter.hidden {
                self.hidden += 1;
                if entry.file_type().is_dir() {
                    inner.skip_current_dir();
                }
                continue;
            }
            if entry.file_type().is_dir() {
                continue;
            }
            let depth = entry.depth();
            let path = entry.into_path();
            if self.filter.takes(&path) {
                self.taken += 1;
                let rel = below_root(&path, depth);
                return Some(Walked::File {
                    path,
                    rel: Some(rel),
                });
            }
            let ext = path.extension().map_or_else(String::new, |e| {
                format!(".{}", e.to_string_lossy().to_lowercase())
            });
            *self.passed_over.entry(ext).or_default() += 1;
        }
    }

    /// A walk error as an item: a symlink loop or a broken link is a
    /// warning (there is no article behind it), anything else a failure.
    fn failure(&mut self, e: walkdir::Error) -> Walked {
        let path = e.path().unwrap_or(&self.root).to_path_buf();
        if let Some(ancestor) = e.loop_ancestor() {
            return Walked::Warning {
                source: path.display().to_string(),
                message: format!(
                    "symbolic link loop back to {}; not followed",
                    ancestor.display()
                ),
            };
        }
        let broken_link = e
            .io_error()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
            && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if broken_link {
            return Walked::Warning {
                source: path.display().to_string(),
                message: "broken symbolic link; skipped".to_string(),
            };
        }
        let io = e
            .into_io_error()
            .unwrap_or_else(|| std::io::Error::other("cannot be walked"));
        Walked::Failed(Error::from(io).with_path(path))
    }

    /// The warnings that end a folder walk.
    fn summarise(&mut self) {
        let source = self.root.display().to_string();
        let exts = self.filter.describe();
        let passed: usize = self.passed_over.values().sum();
        let detail = self
            .passed_over
            .iter()
            .map(|(ext, n)| match ext.as_str() {
                "" => format!("{n} without extension"),
                ext => format!("{n} {ext}"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        if self.taken == 0 {
            let mut message = format!("no files matching --ext {exts} below this folder");
            if passed > 0 {
                message.push_str(&format!(" (it holds {detail}; choose with --ext)"));
            }
            self.summary.push(Walked::Warning {
                source: source.clone(),
                message,
            });
        } else if passed > 0 {
            self.summary.push(Walked::Warning {
                source: source.clone(),
                message: format!(
                    "passed over {passed} file(s) not matching --ext {exts} ({detail}); \
                     choose with --ext"
                ),
            });
        }
        if self.hidden > 0 {
            self.summary.push(Walked::Warning {
                source,
                message: format!(
                    "skipped {} hidden file(s) or folder(s); --hidden reads them",
                    self.hidden
                ),
            });
        }
        self.summary.reverse();
    }
}

impl Iterator for Walk<'_> {
    type Item = Walked;

    fn next(&mut self) -> Option<Walked> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        self.step().or_else(|| self.summary.pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(exts: &[&str], hidden: bool) -> FileFilter {
        FileFilter {
            extensions: exts.iter().map(|e| e.to_string()).collect(),
            hidden,
        }
    }

    fn files(walk: Walk<'_>) -> (Vec<PathBuf>, Vec<String>) {
        let (mut files, mut warnings) = (Vec::new(), Vec::new());
        for w in walk {
            match w {
                Walked::File { rel, .. } => files.push(rel.unwrap()),
                Walked::Warning { message, .. } => warnings.push(message),
                Walked::Failed(e) => panic!("{e}"),
            }
        }
        (files, warnings)
    }

    fn tree(rels: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for rel in rels {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        dir
    }

    #[test]
    fn paths_below_the_root_as_strip_prefix_gives_them() {
        for (root, path, depth) in [
            ("docs", "docs/a.txt", 1),
            ("docs/", "docs/sub/b.txt", 2),
            ("./x/../docs", "./x/../docs/s/t/c.txt", 3),
            ("/abs/docs", "/abs/docs/é.txt", 1),
        ] {
            let path = Path::new(path);
            assert_eq!(below_root(path, depth), path.strip_prefix(root).unwrap());
        }
    }

    #[test]
    fn sorted_like_paths_and_counted() {
        let dir = tree(&["a.txt", "a/c.txt", "b.txt", "a/b/z.txt", "x.md", "README"]);
        let f = filter(&["txt"], false);
        let (rels, warnings) = files(Walk::new(dir.path(), &f));
        let mut sorted = rels.clone();
        sorted.sort();
        assert_eq!(rels, sorted);
        assert_eq!(rels.len(), 4);
        assert_eq!(
            warnings,
            ["passed over 2 file(s) not matching --ext txt (1 without extension, 1 .md); choose with --ext"]
        );
    }

    #[test]
    fn hidden_entries_are_skipped_unless_asked() {
        let dir = tree(&["a.txt", ".git/x.txt", ".cache/y.txt", ".z.txt"]);
        let f = filter(&["txt"], false);
        let (rels, warnings) = files(Walk::new(dir.path(), &f));
        assert_eq!(rels, [PathBuf::from("a.txt")]);
        assert!(warnings[0].starts_with("skipped 3 hidden"), "{warnings:?}");
        let f = filter(&["txt"], true);
        assert_eq!(files(Walk::new(dir.path(), &f)).0.len(), 4);
    }

    #[test]
    fn extensions_empty_and_star() {
        let dir = tree(&["a.txt", "b.HTML", "c", "d.md"]);
        let f = filter(&["html", ""], false);
        let (rels, _) = files(Walk::new(dir.path(), &f));
        assert_eq!(rels, [PathBuf::from("b.HTML"), PathBuf::from("c")]);
        let f = filter(&["*"], false);
        assert_eq!(files(Walk::new(dir.path(), &f)).0.len(), 4);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_not_followed() {
        let dir = tree(&["a.txt", "sub/b.txt"]);
        std::os::unix::fs::symlink(".", dir.path().join("self")).unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
        std::os::unix::fs::symlink("nowhere", dir.path().join("broken.txt")).unwrap();
        let f = filter(&["txt"], false);
        let (rels, warnings) = files(Walk::new(dir.path(), &f));
        assert_eq!(rels, [PathBuf::from("a.txt"), PathBuf::from("sub/b.txt")]);
        assert_eq!(
            warnings.iter().filter(|w| w.contains("loop")).count(),
            2,
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.contains("broken")));
    }
}
