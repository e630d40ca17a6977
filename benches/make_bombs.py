#!/usr/bin/env python3
"""Writes the hostile workbooks and big inputs of issue 12 into a folder, for
benches/bombs.sh to time. Small on disk (deflated), huge once read."""
import os, sys, zipfile

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/dvht-bombs"
os.makedirs(out, exist_ok=True)
D = zipfile.ZIP_DEFLATED

def xlsx(path, sheet_data, shared=None):
    z = zipfile.ZipFile(path, "w", D, compresslevel=9)
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for chunk in sheet_data:
            f.write(chunk)
        f.write(b"</sheetData></worksheet>")
    if shared is not None:
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for chunk in shared:
                f.write(chunk)
            f.write(b"</sst>")
    z.close()

MANIFEST = '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'

def ods(path, rows):
    z = zipfile.ZipFile(path, "w", D, compresslevel=9)
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("META-INF/manifest.xml", MANIFEST)
    with z.open("content.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="DS">')
        for chunk in rows:
            f.write(chunk)
        f.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")
    z.close()

big = b"x" * (10 << 20)
xlsx(f"{out}/xlsx-one-string-300-cells.xlsx",
     [f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>'.encode() for r in range(1, 301)],
     [b"<si><t>", big, b"</t></si>"])
xlsx(f"{out}/xlsx-30m-shared-strings.xlsx", [], (b"<si><t>a</t></si>" * 100_000 for _ in range(300)))
xlsx(f"{out}/xlsx-1gb-empty-cells.xlsx", [b'<row r="1">'] + [b"<c/>" * (1 << 20) for _ in range(256)] + [b"</row>"])
row = lambda attrs, n: f'<table:table-row table:number-rows-repeated="{n}"><table:table-cell {attrs} table:number-columns-repeated="200"/></table:table-row>'.encode()
ods(f"{out}/ods-value-no-type.ods", [row('office:value="1"', 490000)])
ods(f"{out}/ods-string-value-no-type.ods", [row('office:string-value="x"', 490000)])
ods(f"{out}/ods-char-ref-repeat.ods", [row('office:value-type="float" office:value="1"', "60&#48;000")])
ods(f"{out}/ods-10mb-string-x200.ods", [b'<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="200"><text:p>', big, b"</text:p></table:table-cell></table:table-row>"])
ods(f"{out}/ods-billion-spaces.ods", [b'<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row>'])
ods(f"{out}/ods-unclosed-sheet.ods", [])
# The unclosed sheet: cut the closing tags off by rewriting content.xml.
z = zipfile.ZipFile(f"{out}/ods-unclosed-sheet.ods", "w", D)
z.writestr("META-INF/manifest.xml", MANIFEST)
z.writestr("content.xml", '<?xml version="1.0"?><office:spreadsheet><table:table table:name="DS"><table:table-column/>')
z.close()

# Big fair inputs: a 20 MB CSV roster, a 40,000- and 100,000-item evidence.toml.
with open(f"{out}/roster-20mb.csv", "w") as f:
    f.write("Mã,Họ và tên,Tuân thủ kỷ luật,Hoàn thành bồi dưỡng,Chuyển đổi số,Chứng chỉ ngoại ngữ,Danh hiệu thi đua,Công dân học tập\n")
    i = 0
    while f.tell() < 20 << 20:
        f.write(f"GV{i:07},Giáo viên số {i},Có,Có,Có,Không,LĐTT,Có\n")
        i += 1
for n in (40_000, 100_000):
    d = f"{out}/evidence-{n}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/a.pdf", "w") as f:
        f.write("minh chứng\n")
    with open(f"{d}/evidence.toml", "w") as f:
        f.write('[unit]\nname = "Trường THCS Nguyễn Du"\nkind = "truong-hoc"\nyear = 2024\n\n')
        for i in range(n):
            f.write(f'[[evidence]]\ncode = "MC-{i:06}"\ntitle = "Minh chứng {i}"\nfile = "a.pdf"\nsupports = ["learning_plan"]\n\n')
for name in sorted(os.listdir(out)):
    p = os.path.join(out, name)
    if os.path.isfile(p):
        print(f"{os.path.getsize(p):>12} {name}")

# A 10,000-criterion rubric (tt24 with extra indicators), one with an error in its
# last criterion, and a district of 20 units to score with it.
here = os.path.dirname(os.path.abspath(__file__))
tt24 = open(os.path.join(here, "..", "rubrics", "tt24-2023.toml"), encoding="utf-8").read()
head, tail = tt24.split("[recognition]", 1)
extra = "".join(
    f'''[[criteria]]
id = "3.{i}"
group = "3"
title = "Chỉ tiêu bổ sung {i}"
title_en = "Extra indicator {i}"
source = "Kế hoạch 103/KH-UBND ngày 14/4/2021 của UBND TP Hà Nội"
level_1 = {{ when = [{{ fact = "digital_maturity", at_least = "co-ban" }}], source = "Kế hoạch 103/KH-UBND" }}
level_2 = {{ when = [{{ fact = "digital_maturity", at_least = "kha" }}], provisional = true, source = "Kế hoạch 103/KH-UBND" }}

''' for i in range(5, 10_005))
big = head.replace('id = "tt24-2023"', 'id = "tt24-big"') + extra + "[recognition]" + tail
open(f"{out}/rubric-10k.toml", "w", encoding="utf-8").write(big)
bad = head.replace('id = "tt24-2023"', 'id = "tt24-bad"') + extra.replace('at_least = "kha" }], provisional = true, source = "Kế hoạch 103/KH-UBND" }\n\n', 'at_least = "kha" }], provisional = true, source = "Kế hoạch 103/KH-UBND" }\n\n', 10003) + '[[criteria]]\nid = "3.99999"\ngroup = "3"\ntitle = "Sai"\nsource = "x"\nlevel_1 = { when = [{ fact = "no_such_fact", equals = true }], source = "x" }\n\n' + "[recognition]" + tail
open(f"{out}/rubric-10k-bad.toml", "w", encoding="utf-8").write(bad)
import shutil
dist = f"{out}/district"
for u in range(20):
    d = f"{dist}/unit-{u:02}"
    os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(here, "..", "examples", "th-tan-hoa-1", "roster.csv"), d)
    shutil.copy(os.path.join(here, "..", "examples", "th-tan-hoa-1", "evidence.toml"), d)
