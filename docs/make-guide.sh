#!/bin/bash
# Builds docs/huong-dan.md from real dvht output (run from the repo root).
set -u
B=${1:-target/release/dvht}
# The days left to the deadline depend on "today": fixed, so the guide reads the same whenever it is rebuilt.
export DVHT_TODAY=${DVHT_TODAY:-2025-01-10}
cd examples
S=$(../$B score th-tan-hoa-1 --rubric tt24 --as-of 2025-01-10)
SHEAD=$(echo "$S" | head -n 12)
STAIL=$(echo "$S" | sed -n '/^└/,$p')
CE=$(../$B check-evidence th-tan-hoa-1/evidence.toml --rubric tt24 | head -n 18)
BA=$(../$B batch . --rubric tt24 --as-of 2025-01-10 2>&1)
cd ..
cat > docs/huong-dan.md <<DOC
# Hướng dẫn sử dụng \`dvht\`

\`dvht\` chấm điểm, xếp mức "Đơn vị học tập" theo Thông tư 24/2023/TT-BGDĐT (theo mức độ) hoặc
theo Kế hoạch 103/KH-UBND ngày 14/4/2021 của UBND TP Hà Nội (theo điểm, thang 100). Hướng dẫn này
dành cho hai người dùng: **thư ký / tổ tự đánh giá của nhà trường** (mục 1–5) và **cán bộ phòng
GD&ĐT cấp huyện** (mục 6). Mọi lệnh chạy trong cửa sổ dòng lệnh (Terminal, PowerShell); kết quả
dưới đây là kết quả thật của công cụ với các đơn vị mẫu trong thư mục \`examples/\`.

## 1. Danh sách thành viên (\`roster.csv\` hoặc \`roster.xlsx\`)

Mỗi thành viên (CB, GV, NV) một dòng. Giữ bảng tính như thường lệ trong Excel / LibreOffice; dòng
tiêu đề có thể viết tiếng Việt có dấu, không phân biệt hoa thường:

![Danh sách thành viên mẫu trong bảng tính](huong-dan-danh-sach.png)

- Cột bắt buộc: **Họ và tên**. Các cột khác chỉ cần khi bộ tiêu chí dùng đến (thiếu cột nào,
  công cụ báo tên cột đó và các tên tiêu đề được chấp nhận).
- Ô có/không: \`Có\`, \`x\`, \`Đạt\` là có; để trống, \`Không\`, \`Chưa đạt\`, \`-\` là không.
- **Danh hiệu thi đua**: \`Lao động tiên tiến\` (hoặc \`LĐTT\`), \`Chiến sĩ thi đua cơ sở\`,
  \`Chiến sĩ thi đua cấp tỉnh\`, \`Chiến sĩ thi đua toàn quốc\`; để trống nếu không có.
- **Không tính**: ghi lý do (ví dụ "Nghỉ thai sản từ tháng 3/2024") để người đó không tính vào tỷ lệ.
- Dòng "Tổng cộng", "Người lập biểu", "…, ngày … tháng … năm …" ở cuối bảng được bỏ qua.

Tạo sẵn tệp mẫu cho đơn vị mới: \`dvht init truong-cua-toi --rubric tt24\`.

## 2. Tệp \`evidence.toml\`: thông tin đơn vị và minh chứng

Đặt cạnh danh sách, cùng thư mục. Giá trị có thể viết bằng chữ tiếng Việt:

\`\`\`toml
[unit]
name = "Trường Tiểu học Tân Hòa 1"
kind = "truong-hoc"
year = 2024

[facts]
learning_plan = "Đã ban hành và tổ chức thực hiện"
collective_title = "Tập thể lao động tiên tiến"
digital_maturity = "Cơ bản"
training_policy = true

[[evidence]]
code = "TC1-01"
title = "Kế hoạch xây dựng Đơn vị học tập năm 2024 (87/KH-THTH1)"
file = "minh-chung/ke-hoach-dvht-2024.txt"
supports = ["learning_plan"]
\`\`\`

Mỗi minh chứng ghi mã, tên, đường dẫn tệp (tính từ thư mục của \`evidence.toml\`) và các nội dung
nó chứng minh.

## 3. Chấm: \`dvht score\`

\`\`\`
dvht score th-tan-hoa-1 --rubric tt24 --as-of 2025-01-10
\`\`\`

(\`th-tan-hoa-1\` là thư mục của đơn vị; có thể chỉ thẳng tệp \`roster.csv\`. \`--rubric hanoi\` để
chấm theo Kế hoạch 103/KH-UBND của Hà Nội.) Người dùng thấy bảng từng chỉ tiêu (đầu bảng):

\`\`\`
$SHEAD
…
\`\`\`

và cuối bảng là kết quả, số thành viên cần thêm để lên mức, các cảnh báo:

\`\`\`
$STAIL
\`\`\`

Ghi "(tạm thời)" đặt cạnh ngưỡng mức độ 2: ngưỡng mức độ 2 chưa được đối chiếu với văn bản
Thông tư; cần kiểm tra trước khi nộp.

## 4. Báo cáo in nộp hồ sơ: \`dvht report\`

\`\`\`
dvht report th-tan-hoa-1/roster.csv --rubric tt24 --as-of 2025-01-10 -o bao-cao.html
\`\`\`

Lệnh không in gì khi thành công; mở \`bao-cao.html\` bằng trình duyệt rồi in (khổ A4). Có thể
ghi \`-o bao-cao.xlsx\` (Excel) hoặc \`-o bao-cao.md\`; \`--head "Họ tên thủ trưởng"\` điền tên người ký.

## 5. Kiểm tra minh chứng: \`dvht check-evidence\`

\`\`\`
dvht check-evidence th-tan-hoa-1/evidence.toml --rubric tt24
\`\`\`

\`\`\`
$CE
…
\`\`\`

Tệp thiếu, sai mã băm, hoặc chỉ tiêu chưa có minh chứng nào được liệt kê rõ.

## 6. Cán bộ phòng GD&ĐT: chấm cả huyện với \`dvht batch\`

Mỗi đơn vị một thư mục con (có \`roster.csv\` hoặc \`roster.xlsx\`, và \`evidence.toml\`):

\`\`\`
dvht batch . --rubric tt24 --as-of 2025-01-10
\`\`\`

\`\`\`
$BA
\`\`\`

Thêm \`-o tong-hop.csv\` để có bảng tổng hợp gửi Sở, hoặc \`-o huyen.html\` / \`-o huyen.xlsx\`
cho báo cáo toàn huyện. Đơn vị nào không đọc được được ghi lỗi riêng, không làm
dừng các đơn vị khác.

Thêm \`--lang en\` vào bất kỳ lệnh nào để xem bằng tiếng Anh.
DOC
