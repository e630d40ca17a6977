//! The page every HTML report sits on: one self-contained document, printable on A4.
//!
//! No network: no external fonts, scripts or images.

use super::markup::{html, Html, Msg};
use crate::key;
use crate::lang::Lang;

/// The style every report shares: an A4 sheet on screen, plain paper in print.
pub const BASE_CSS: &str = r#"
@page { size: A4; margin: 15mm 15mm 15mm 22mm; }
* { box-sizing: border-box; }
html { background: #e9e9e9; }
body { margin: 0; color: #111; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif", serif; font-size: 12pt; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 15mm 15mm 15mm 22mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
h1 { font-size: 14pt; text-align: center; margin: 4mm 0 1mm; }
h2 { font-size: 13pt; margin: 4mm 0 1.5mm; }
h3 { font-size: 12pt; margin: 4mm 0 1mm; }
p { margin: 1.5mm 0; }
.center { text-align: center; }
.subtitle { text-align: center; font-style: italic; margin: 0 0 4mm; }
.doc-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; }
.doc-head > div { text-align: center; }
.doc-head .org { width: 42%; }
.doc-head .nation { width: 58%; }
.doc-head .authority { text-transform: uppercase; }
.doc-head .unit, .doc-head .nation-1 { font-weight: bold; text-transform: uppercase; }
.doc-head .nation-2 { font-weight: bold; }
.doc-head .rule { width: 40%; margin: 1mm auto 0; border-top: 1px solid #111; }
.date-line { text-align: right; font-style: italic; margin-top: 3mm; }
.form-id { text-align: right; font-weight: bold; font-size: 11pt; margin: 0; }
table { border-collapse: collapse; width: 100%; }
.grid { font-size: 10pt; line-height: 1.22; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
.grid th, .grid td { border: 1px solid #222; padding: 1.5px 4px; vertical-align: top; }
.grid thead th { background: #eee; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.grid tr.group td { font-weight: bold; background: #f6f6f6; }
.grid tr.foot td { font-weight: bold; background: #f6f6f6; }
.c { text-align: center; }
.r { text-align: right; }
.nowrap { white-space: nowrap; }
.small { font-size: 10pt; }
.muted { color: #555; }
.prov { color: #9b1c1c; font-weight: bold; }
.bad { color: #9b1c1c; font-weight: bold; }
.ok { color: #1b5e20; font-weight: bold; }
.notes { font-size: 10pt; margin: 1mm 0; }
.notes li { margin: 0.5mm 0; }
.banner { border: 1.5px solid #9b1c1c; color: #9b1c1c; padding: 1.5mm 3mm; margin: 2mm 0; font-size: 10.5pt; }
.sign { display: flex; justify-content: space-between; margin-top: 4mm; break-inside: avoid; page-break-inside: avoid; }
.sign > div { width: 46%; text-align: center; }
.sign .role { font-weight: bold; text-transform: uppercase; }
.sign .hint { font-style: italic; font-size: 11pt; }
.sign .space { height: 19mm; }
.sign .name { font-weight: bold; }
.closing { break-inside: avoid; page-break-inside: avoid; }
.provenance { margin-top: 4mm; font-size: 8pt; line-height: 1.2; color: #555; word-break: break-all; }
.page-break { break-before: page; page-break-before: always; }
@media screen { .page-break { margin-top: 12mm; border-top: 2px dashed #bbb; padding-top: 8mm; } }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
"#;

/// A whole HTML document around `body`.
pub fn page(lang: Lang, title: &str, extra_css: &'static str, body: &Html) -> String {
    let mut b = Html::new();
    html!(b; "<!DOCTYPE html>\n<html lang=\"" {Msg::new(lang, key!("report-html-en"))}
        "\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"generator\" content=\"dvht " {env!("CARGO_PKG_VERSION")} "\">\n<title>" {title}
        "</title>\n<style>");
    // Style sheets are constants of the source, as literals are.
    b.raw(BASE_CSS).raw(extra_css);
    html!(b; "</style>\n</head>\n<body>\n" {body} "</body>\n</html>\n");
    b.into_string()
}
