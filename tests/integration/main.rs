//! One integration-test binary, split by topic. Each topic file uses the builder in
//! `common` to write inputs into a temp dir, run `dvht`, and check status and output.

mod common;
mod examples;
mod inputs;
