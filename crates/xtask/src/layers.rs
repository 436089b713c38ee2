//! Which module of a crate imports which, and the circles among them: the check behind the
//! rule that modules sit on floors, each importing only those below it.
//!
//! Read from the source text: every path that starts with `crate::`, `super::` or `self::`
//! (in `use` lines and in code), braces of a `use` group expanded, resolved to the deepest
//! module file it names. A crate root (`lib.rs`, `main.rs`) only declares and re-exports, so
//! arrows into and out of it are not counted: `crate::Iam` names the module that defines
//! `Iam` through the root's re-export, which the text alone cannot follow, and a root that
//! re-exports cannot form a circle with the modules it declares.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The modules of one crate and the arrows between them.
#[derive(Debug, Default)]
pub struct ModuleGraph {
    /// Each module's file, by module path (`["ops", "users"]` for `src/ops/users.rs`).
    modules: BTreeMap<Vec<String>, PathBuf>,
    /// (importer, imported), as module paths.
    arrows: BTreeSet<(Vec<String>, Vec<String>)>,
}

impl ModuleGraph {
    /// Read every `.rs` file under `src`.
    ///
    /// # Errors
    /// When a directory or file cannot be read.
    pub fn read(src: &Path) -> io::Result<ModuleGraph> {
        let mut graph = ModuleGraph::default();
        let mut files = Vec::new();
        collect_rs(src, &mut files)?;
        for file in &files {
            if let Some(path) = module_path(src, file) {
                graph.modules.insert(path, file.clone());
            }
        }
        // A `mod.rs` that only declares and re-exports is, like the crate root, not a floor
        // of its own: `super::Item` in a child names the sibling the item comes from.
        let mut transparent = BTreeSet::new();
        for file in &files {
            if let Some(path) = module_path(src, file)
                && file.file_name().is_some_and(|n| n == "mod.rs")
                && first_item(&strip_comments(&fs::read_to_string(file)?)).is_none()
            {
                transparent.insert(path);
            }
        }
        for file in &files {
            let Some(from) = module_path(src, file) else {
                continue;
            };
            if from.is_empty() || transparent.contains(&from) {
                continue;
            }
            let text = strip_comments(&fs::read_to_string(file)?);
            let children = declared_children(&text);
            for named in referenced_paths(&text, &from, &children) {
                if let Some(to) = graph.deepest_module(&named)
                    && !to.is_empty()
                    && to != from
                    && !transparent.contains(&to)
                {
                    graph.arrows.insert((from.clone(), to));
                }
            }
        }
        Ok(graph)
    }

    /// The longest prefix of `path` that is a module of the crate.
    fn deepest_module(&self, path: &[String]) -> Option<Vec<String>> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|prefix| self.modules.contains_key(prefix))
    }

    /// The circles: every set of two or more modules that import each other, directly or
    /// through others (strongly connected components), each as file paths, sorted.
    #[must_use]
    pub fn circles(&self) -> Vec<Vec<PathBuf>> {
        let names: Vec<&Vec<String>> = self.modules.keys().collect();
        let index: BTreeMap<&Vec<String>, usize> =
            names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
        for (from, to) in &self.arrows {
            if let (Some(&a), Some(&b)) = (index.get(from), index.get(to)) {
                next[a].push(b);
            }
        }
        strongly_connected(&next)
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| {
                let mut files: Vec<PathBuf> = c
                    .into_iter()
                    .filter_map(|i| self.modules.get(names[i]).cloned())
                    .collect();
                files.sort();
                files
            })
            .collect()
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_rs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// `src/a/b.rs` → `["a", "b"]`; `src/a/mod.rs` → `["a"]`; `src/lib.rs` → `[]`. Binaries'
/// other roots (`src/bin/*.rs`) are not modules of the library: `None`.
fn module_path(src: &Path, file: &Path) -> Option<Vec<String>> {
    let relative = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    let last = parts.pop()?;
    let stem = last.strip_suffix(".rs")?;
    match stem {
        "lib" | "main" if parts.is_empty() => {}
        "mod" => {}
        other => parts.push(other.to_owned()),
    }
    Some(parts)
}

/// The text without `//` comments (doc comments included), without the contents of string
/// literals (a path in prose or in a message is not an import) and without inline
/// `#[cfg(test)]` modules (whose `super` is the file's own module).
fn strip_comments(text: &str) -> String {
    strip_test_modules(&strip_comments_only(text))
}

fn strip_test_modules(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    let mut test_attribute = false;
    while let Some(line) = lines.next() {
        let code = line.trim();
        if test_attribute && code.starts_with("mod ") && code.ends_with('{') {
            let mut depth = 1usize;
            for inner in lines.by_ref() {
                depth += inner.matches('{').count();
                depth = depth.saturating_sub(inner.matches('}').count());
                if depth == 0 {
                    break;
                }
            }
            test_attribute = false;
            continue;
        }
        test_attribute = code == "#[cfg(test)]";
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn strip_comments_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut escaped = false;
        let mut previous = '\0';
        for c in line.chars() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                    out.push('"');
                }
                previous = c;
                continue;
            }
            if c == '/' && previous == '/' {
                out.pop();
                break;
            }
            if c == '"' {
                in_string = true;
            }
            out.push(c);
            previous = c;
        }
        out.push('\n');
    }
    out
}

/// The modules a file declares (`mod name;`, `pub mod name;`, `mod name {`).
fn declared_children(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = ["pub mod ", "pub(crate) mod ", "mod "]
                .iter()
                .find_map(|p| l.strip_prefix(p))?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// Every module path named from the module `from` (whose `super` is its parent, for
/// `a/mod.rs` as for `a.rs`), including paths through its own child modules (`children`)
/// written without a prefix (`statement::check`, `use rows::parse`).
fn referenced_paths(text: &str, from: &[String], children: &[String]) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        if starts_word {
            for (head, base) in [
                ("crate::", Vec::new()),
                ("super::", from[..from.len().saturating_sub(1)].to_vec()),
                ("self::", from.to_vec()),
            ] {
                if text[i..].starts_with(head) {
                    let mut paths = Vec::new();
                    let end = read_path(text, i + head.len(), base, &mut paths);
                    found.extend(paths);
                    i = end;
                    break;
                }
            }
            if let Some(child) = children
                .iter()
                .find(|c| text[i..].starts_with(&format!("{c}::")))
            {
                let mut paths = Vec::new();
                let mut base = from.to_vec();
                base.push(child.clone());
                i = read_path(text, i + child.len() + 2, base, &mut paths);
                found.extend(paths);
            }
        }
        i += 1;
    }
    found
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Read a path (segments, `::`, a `{…}` group) starting at `at` under `prefix`; push every
/// full path it names; return where it ends.
fn read_path(
    text: &str,
    mut at: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let bytes = text.as_bytes();
    loop {
        let start = at;
        while at < bytes.len() && is_ident(bytes[at]) {
            at += 1;
        }
        if at > start {
            let segment = &text[start..at];
            match segment {
                "super" => {
                    prefix.pop();
                }
                "self" => {}
                _ => prefix.push(segment.to_owned()),
            }
        }
        let group = if at == start && text[at..].starts_with('{') {
            Some(1)
        } else if text[at..].starts_with("::{") {
            Some(3)
        } else {
            None
        };
        if let Some(skip) = group {
            at += skip;
            loop {
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                if at >= bytes.len() || bytes[at] == b'}' {
                    break;
                }
                at = read_path(text, at, prefix.clone(), out);
                while at < bytes.len() && bytes[at] != b',' && bytes[at] != b'}' {
                    at += 1;
                }
                if at < bytes.len() && bytes[at] == b',' {
                    at += 1;
                }
            }
            return at + 1;
        }
        if text[at..].starts_with("::") {
            at += 2;
            continue;
        }
        out.push(prefix);
        return at;
    }
}

/// Tarjan's algorithm, iteratively: the strongly connected components of the graph whose
/// arrows out of node `n` are `next[n]`.
fn strongly_connected(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = next.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut components = Vec::new();
    let mut counter = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some((node, child)) = work.pop() {
            if child == 0 {
                index[node] = counter;
                low[node] = counter;
                counter += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&to) = next[node].get(child) {
                work.push((node, child + 1));
                if index[to] == usize::MAX {
                    work.push((to, 0));
                } else if on_stack[to] {
                    low[node] = low[node].min(index[to]);
                }
                continue;
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(top) = stack.pop() {
                    on_stack[top] = false;
                    component.push(top);
                    if top == node {
                        break;
                    }
                }
                components.push(component);
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
        }
    }
    components
}

/// The crate roots (`lib.rs`) and `mod.rs` files under `src` that hold more than module
/// declarations, re-exports, attributes and a `#[cfg(test)]` module: each with the first
/// line that is something else.
///
/// # Errors
/// When a directory or file cannot be read.
pub fn roots_with_items(src: &Path) -> io::Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    collect_rs(src, &mut files)?;
    let mut found = Vec::new();
    for file in files {
        let is_root = file.file_name().is_some_and(|n| n == "mod.rs")
            || file.parent() == Some(src) && file.file_name().is_some_and(|n| n == "lib.rs");
        if !is_root || file.components().any(|c| c.as_os_str() == "generated") {
            continue;
        }
        if let Some(line) = first_item(&strip_comments(&fs::read_to_string(&file)?)) {
            found.push((file, line));
        }
    }
    found.sort();
    Ok(found)
}

/// The first top-level line of `text` that neither declares a module, re-exports, nor is an
/// attribute; the body of a `#[cfg(test)]` module is skipped.
fn first_item(text: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut after_test_attribute = false;
    let mut in_use = false;
    for line in text.lines() {
        let code = line.trim();
        if depth == 0 && !code.is_empty() {
            let allowed = in_use
                || code.starts_with('#')
                || code.starts_with(')')
                || code.starts_with("mod ")
                || code.starts_with("pub mod ")
                || code.starts_with("pub(crate) mod ")
                || code.starts_with("use ")
                || code.starts_with("pub use ")
                || code.starts_with("pub(crate) use ")
                || code.starts_with("extern crate ")
                || (after_test_attribute && code.starts_with("mod "))
                || !line.starts_with(|c: char| c.is_ascii_alphabetic());
            if !allowed {
                return Some(code.to_owned());
            }
            if code.starts_with("use ")
                || code.starts_with("pub use ")
                || code.starts_with("pub(crate) use ")
            {
                in_use = !code.ends_with(';');
            } else if in_use && code.ends_with(';') {
                in_use = false;
            }
            after_test_attribute = code.starts_with("#[cfg(test)]");
        }
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(text: &str, from: &[&str]) -> Vec<String> {
        let from: Vec<String> = from.iter().map(|s| (*s).to_owned()).collect();
        referenced_paths(&strip_comments(text), &from, &["rows".to_owned()])
            .into_iter()
            .map(|p| p.join("::"))
            .collect()
    }

    #[test]
    fn use_groups_super_and_self_resolve_to_module_paths() {
        assert_eq!(
            paths("use crate::view::{self, Layout, notice::Notice};", &["web"]),
            ["view", "view::Layout", "view::notice::Notice"]
        );
        assert_eq!(
            paths("use super::password;", &["admin", "user"]),
            ["admin::password"]
        );
        assert_eq!(
            paths("let x = self::rows::read();", &["report"]),
            ["report::rows::read"]
        );
        assert_eq!(
            paths("// use crate::web;\nlet s = \"crate::web\";", &["a"]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_circle_is_found_and_a_chain_is_not() {
        let chain = vec![vec![1], vec![2], vec![]];
        assert!(strongly_connected(&chain).iter().all(|c| c.len() == 1));
        let circle = vec![vec![1], vec![2], vec![0]];
        assert!(strongly_connected(&circle).iter().any(|c| c.len() == 3));
    }

    /// Every crate of the workspace: no module imports one that imports it back.
    #[test]
    fn no_crate_has_a_circle_of_modules() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut circles = Vec::new();
        for entry in fs::read_dir(&crates).unwrap() {
            let src = entry.unwrap().path().join("src");
            if src.is_dir() {
                circles.extend(ModuleGraph::read(&src).unwrap().circles());
            }
        }
        assert!(
            circles.is_empty(),
            "modules that import each other: {circles:#?}"
        );
    }

    #[test]
    fn a_root_with_an_item_is_named() {
        let declares = "//! doc\n#![warn(missing_docs)]\nmod a;\npub use a::{\n    B,\n    C,\n};\n#[cfg(test)]\nmod tests {\n    fn t() {}\n}\n";
        assert_eq!(first_item(declares), None);
        assert_eq!(
            first_item("mod a;\npub fn helper() {}\n").as_deref(),
            Some("pub fn helper() {}")
        );
    }

    /// Every crate root and `mod.rs` only declares and re-exports.
    #[test]
    fn roots_only_declare_and_re_export() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = Vec::new();
        for entry in fs::read_dir(&crates).unwrap() {
            let src = entry.unwrap().path().join("src");
            if src.is_dir() {
                found.extend(roots_with_items(&src).unwrap());
            }
        }
        assert!(found.is_empty(), "roots that hold items: {found:#?}");
    }
}
