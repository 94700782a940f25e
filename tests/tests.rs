//! Integration tests: the `newsner` binary run against fixtures and
//! temporary trees, and the library against the bundled articles.

mod aliases;
mod batch;
mod cli;
mod formats;
mod records;
mod reliability;
mod robustness;
mod util;
