//! The committed generated code is what `cargo run -p xtask -- codegen` writes now.

#[test]
fn generated_code_is_current() {
    let files = xtask::codegen::generate(&xtask::codegen::default_models_dir())
        .expect("generating from the models");
    assert_eq!(files.len(), 3);
    let stale = xtask::codegen::stale(&xtask::codegen::workspace_root(), &files);
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `cargo run -p xtask -- codegen`"
    );
}

/// Core's operation enum, generated from the same models, is current too.
#[test]
fn generated_operation_enum_is_current() {
    let files = xtask::codegen::generate_core(&xtask::codegen::default_models_dir())
        .expect("generating from the models");
    assert_eq!(files.len(), 1);
    let stale = xtask::codegen::stale(&xtask::codegen::workspace_root(), &files);
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `cargo run -p xtask -- codegen`"
    );
}
