//! newsner reads dated English news articles and extracts who, what and
//! when: people, organisations, places, their aliases, and dates
//! normalised against the article's date, as one JSON record per article.
//!
//! Everything is rule-based (lexicons compiled into the binary, patterns
//! and document-level reasoning); there is no trained model and no network
//! access. Each mention carries the name of the rule that typed it.
//!
//! ```
//! let article = newsner::parse_article(
//!     "example.txt",
//!     b" date 2025-12-22 The Turkish National Intelligence Organisation (MIT) \
//!       said Mehmet Goren was held on Friday. Goren denied it.",
//!     None,
//! )?;
//! let extractor = newsner::Extractor::new(); // build once, reuse
//! let record = extractor.extract(&article);
//! let goren = record.entities.iter().find(|e| e.name == "Mehmet Goren").unwrap();
//! assert_eq!(goren.mentions.len(), 2);
//! assert_eq!(record.dates[0].value, "2025-12-19");
//! # Ok::<(), newsner::Error>(())
//! ```

#![deny(missing_docs)]

pub mod batch;
pub mod error;
pub mod extract;
pub mod format;
pub mod lexicon;
pub(crate) mod pattern;
pub mod reader;
pub mod writer;

pub use error::{Error, ErrorKind, Result};
pub use extract::{EntityType, Extractor};
pub use reader::{
    parse_article, parse_article_with, parse_date, parse_feed_date, Article, ReadOptions,
};
pub use writer::Record;
