//! `iamd-audit` is a leaf: it depends on no other iamd crate, so that every iamd crate may use
//! the trail and the arrow never turns back up.

#[test]
fn the_crate_depends_on_no_iamd_crate() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("the crate's manifest");
    let mut section = "";
    let mut iamd = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let is_dependency_table = section.contains("dependencies");
        let name = line.split(['=', '.', ' ']).next().unwrap_or("");
        if is_dependency_table && (name.starts_with("iamd") || name == "xtask") {
            iamd.push(format!("{section} {name}"));
        }
    }
    assert!(
        iamd.is_empty(),
        "iamd-audit must stay a leaf; it depends on {iamd:?}"
    );
}
