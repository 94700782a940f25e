//! The one error type of the library.
//!
//! Every fallible public function returns [`Error`]. It carries the path of
//! the input it concerns (when there is one) so that the binary can print
//! the single line users see, `newsner: PATH: what is wrong`, without
//! matching on strings. Messages are lower case with no trailing period.

use std::fmt;
use std::path::PathBuf;

/// An error with the input it concerns.
#[derive(Debug)]
pub struct Error {
    path: Option<PathBuf>,
    kind: ErrorKind,
}

/// What went wrong. Callers may match on it to pick an exit code.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed.
    Io(std::io::Error),
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// Every invalid byte stands alone, as in Latin-1 or Windows-1252
        /// text, which `--lossy` reads as Windows-1252.
        single_byte: bool,
    },
    /// The input starts with a UTF-16 byte-order mark but is not valid
    /// UTF-16; `offset` is the first bad byte.
    InvalidUtf16 {
        /// Byte offset of the first invalid code unit.
        offset: usize,
    },
    /// The input holds a NUL byte, so it is binary rather than text.
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The input holds no text at all.
    Empty,
    /// A path given on the command line does not exist or is neither a
    /// file nor a folder.
    NotFound,
    /// The run was interrupted (Ctrl-C) and stopped between articles.
    Interrupted,
    /// A value given by the user is malformed (for example `--date`).
    InvalidArgument(String),
    /// Extraction failed on this input: a bug in newsner, reported as this
    /// input's error so that the rest of a batch still runs.
    Internal(String),
}

impl Error {
    /// Builds an error of `kind` that concerns no particular path.
    pub fn new(kind: ErrorKind) -> Error {
        Error { path: None, kind }
    }

    /// Attaches the path of the input this error concerns.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The path this error concerns, if any.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// True when the run was interrupted by the user.
    pub fn is_interrupted(&self) -> bool {
        matches!(self.kind, ErrorKind::Interrupted)
    }

    /// True when this is a write to a closed pipe (`newsner … | head -1`),
    /// which the binary treats as a quiet, successful end.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "{}", io_message(e)),
            ErrorKind::InvalidUtf8 {
                offset,
                single_byte: true,
            } => write!(
                f,
                "not valid UTF-8 (first bad byte at offset {offset}); it looks like \
                 Latin-1 or Windows-1252 text, which --lossy reads"
            ),
            ErrorKind::InvalidUtf8 { offset, .. } => write!(
                f,
                "not valid UTF-8 (first bad byte at offset {offset}); --lossy reads it \
                 with bad bytes replaced"
            ),
            ErrorKind::InvalidUtf16 { offset } => {
                write!(f, "not valid UTF-16 (first bad byte at offset {offset})")
            }
            ErrorKind::Binary { offset } => {
                write!(f, "binary content, not text (NUL byte at offset {offset})")
            }
            ErrorKind::Empty => write!(f, "empty input, no article text"),
            ErrorKind::NotFound => write!(f, "no such file or folder"),
            ErrorKind::Interrupted => write!(f, "interrupted; every file written is complete"),
            ErrorKind::InvalidArgument(msg) => write!(f, "{msg}"),
            ErrorKind::Internal(msg) => write!(
                f,
                "internal error, a bug in newsner (please report it with this file): {msg}"
            ),
        }
    }
}

/// Lower-cases the standard library's messages ("No such file or directory
/// (os error 2)") into the project's style.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io(e))
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_path_and_problem() {
        let e = Error::new(ErrorKind::Binary { offset: 3 }).with_path("a/b.txt");
        assert_eq!(
            e.to_string(),
            "a/b.txt: binary content, not text (NUL byte at offset 3)"
        );
    }

    #[test]
    fn io_messages_are_lower_case_without_os_code() {
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        let e = Error::from(io).with_path("x");
        assert!(e.to_string().starts_with("x: "));
        assert!(!e.to_string().contains("os error"));
    }
}
