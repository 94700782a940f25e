// One line of a name list, read the same way by `build.rs`, which
// compiles the lists into tables, and by the tests of `knowledge.rs`,
// which check the tables against the lists: included (`include!`) by both.

/// One line of a name list as (name, second field), `None` for comments
/// and blank names. A `#` after a tab or two spaces starts a comment.
fn entry(line: &str) -> Option<(&str, Option<&str>)> {
    if line.starts_with('#') {
        return None;
    }
    let line = match line.find("\t#").or_else(|| line.find("  #")) {
        Some(k) => &line[..k],
        None => line,
    };
    let mut fields = line.split('\t').map(str::trim);
    let name = fields.next().filter(|n| !n.is_empty())?;
    Some((name, fields.next().filter(|f| !f.is_empty())))
}
