//! One integration-test binary, split by topic. Each topic file uses the builder in
//! `common` to write inputs into a temp dir, run `dvht`, and check status and output.

mod assessment;
mod batch;
mod bombs;
mod calendar;
mod common;
mod compare;
mod dossier;
mod errors;
mod escaping;
mod evidence;
mod examples;
mod help;
mod hostile;
mod init;
mod inputs;
mod office;
mod properties;
mod report;
mod rubrics;
mod scan;
mod score;
mod visible;
mod words;
