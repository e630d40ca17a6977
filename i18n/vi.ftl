# Danh mục thông báo tiếng Việt của dvht (ngôn ngữ mặc định).
# Mỗi khóa phải có ở cả en.ftl với cùng các biến ($tên); bài kiểm tra catalog kiểm tra điều đó.
# Số đã được dvht định dạng sẵn (dấu phẩy thập phân, ngày) và được truyền vào dưới dạng chữ.

## Lỗi: khung chung

err-prefix = dvht: { $body }
err-at = { $at }: { $body }
did-you-mean = có phải ý bạn là { $suggestion }?
word-or = hay
err-with-hint = { $body } (`{ $suggestion }`?)

## Lỗi hệ điều hành khi đọc, ghi tệp

err-read = không đọc được `{ $path }`: { $reason }
err-write = không ghi được `{ $path }`: { $reason }
err-io-not-found = không có tệp hay thư mục `{ $path }`
io-not-found = không có tệp hay thư mục này
io-permission-denied = không có quyền truy cập
io-is-a-directory = đây là thư mục, không phải tệp
io-not-a-directory = một phần của đường dẫn không phải thư mục
io-already-exists = tệp đã có
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa hoặc thư mục chỉ cho phép đọc
io-invalid-data = dữ liệu không hợp lệ
io-unexpected-eof = tệp kết thúc đột ngột (bị cắt cụt)
io-interrupted = thao tác bị ngắt
io-file-too-large = tệp quá lớn
io-other = lỗi hệ thống: { $detail }

## Lỗi dòng lệnh

err-bad-date = `{ $flag } { $value }` không phải ngày hợp lệ; viết dạng { $example }
err-jobs-zero = `--jobs` phải lớn hơn 0
err-threads = không tạo được { $jobs } luồng xử lý: { $detail }
err-xlsx-needs-file = bảng tính xlsx là tệp nhị phân: hãy ghi ra tệp bằng `-o BAO-CAO.xlsx`
err-compare-needs-two = `compare` cần đúng hai `--rubric` (bộ cũ rồi bộ mới), nhận được { $got }
err-would-overwrite = `{ $path }` đã có: `dvht init` không ghi đè tệp nào (chưa ghi gì); hãy chọn thư mục khác hoặc đổi tên tệp cũ
err-ambiguous-rubric-id = nhiều tệp tiêu chí khác nhau cùng mã `{ $id }`: { $files }; hãy chỉ rõ đường dẫn tệp
err-unknown-rubric = không có bộ tiêu chí `{ $name }`; dùng `hanoi-2021` (`hanoi`), `tt24-2023` (`tt24`) hoặc đường dẫn tới tệp .toml
err-unknown-rubric-hint = { $body } (có phải ý bạn là `{ $suggestion }`?)

## Lỗi tệp đầu vào

err-is-folder = đây là thư mục, không phải tệp; hãy chỉ tới tệp (danh sách .csv/.xlsx/.xls/.ods, hoặc tệp .toml)
err-html-not-workbook = tệp `.{ $ext }` này thực ra là trang web (HTML), không phải bảng tính; hãy mở bằng Excel rồi "Lưu thành" → "Sổ làm việc Excel (.xlsx)"
err-not-workbook = tệp `.{ $ext }` này không phải bảng tính Excel/OpenDocument (có thể bị hỏng hoặc bị đổi tên); hãy mở bằng Excel rồi "Lưu thành" → ".xlsx", hoặc lưu dạng "CSV UTF-8"
err-workbook-over-limit = dvht không đọc bảng tính `.{ $ext }` này: { $limit }. Giới hạn để một tệp lạ không chiếm hết bộ nhớ hay thời gian; bảng danh sách thật nhỏ hơn nhiều — hãy kiểm tra đúng tệp chưa, xóa các ô thừa ở xa danh sách, hoặc lưu dạng "CSV UTF-8"
limit-parts = tệp nén chứa { $found } phần, nhiều hơn giới hạn { $limit } phần
limit-inflated = các phần của tệp khi giải nén lớn hơn giới hạn { $limit }
limit-shared-strings = có hơn { $limit } chuỗi dùng chung, vượt giới hạn
limit-shared-text = các chuỗi dùng chung chứa hơn { $limit } văn bản, vượt giới hạn
limit-sheet-text = các ô chứa hơn { $limit } văn bản (mỗi ô lặp lại hoặc trỏ tới chuỗi dùng chung được tính một lần), vượt giới hạn
limit-sheet-cells = trang tính có hơn { $limit } ô (tính cả ô và hàng lặp lại), vượt giới hạn
limit-sheet-span = các ô của một trang tính trải trên { $rows } hàng × { $cols } cột, hơn giới hạn { $limit } ô
err-workbook-damaged = tệp không phải bảng tính `.{ $ext }` hợp lệ hoặc đã bị hỏng; hãy mở bằng Excel rồi "Lưu thành" → ".xlsx", hoặc lưu dạng "CSV UTF-8" (chi tiết: { $detail })
err-workbook-locked = tệp không phải bảng tính `.{ $ext }` hợp lệ: có thể bị hỏng hoặc có mật khẩu (hãy gỡ mật khẩu); hãy mở bằng Excel rồi "Lưu thành" → ".xlsx", hoặc lưu dạng "CSV UTF-8" (chi tiết: { $detail })
err-no-such-sheet = không có trang tính `{ $wanted }`; các trang tính: { $sheets }
err-no-sheet = bảng tính không có trang tính nào
err-not-utf8 = byte `{ $byte }` không phải UTF-8: hãy lưu tệp dạng UTF-8 (Notepad: "Lưu thành" → Mã hóa: UTF-8)
err-not-utf8-legacy = byte `{ $byte }` không phải UTF-8: tệp có lẽ được lưu bằng bảng mã cũ; nếu là Windows-1258 (Excel cũ, "CSV (Comma delimited)") hãy chạy lại với `--encoding windows-1258`, hoặc trong Excel chọn "Lưu thành" → "CSV UTF-8"
err-utf16-odd = tệp UTF-16 bị cắt cụt: { $bytes } byte sau dấu BOM, không phải số chẵn
err-utf16-surrogate = tệp UTF-16 có ký tự không hợp lệ (nửa cặp thay thế `{ $unit }`); hãy lưu lại tệp từ Excel dạng "CSV UTF-8"
err-csv-row = không đọc được dòng CSV: { $detail }

## Lỗi danh sách thành viên

err-sheet-on-csv = `--sheet` chỉ dùng cho bảng tính (.xlsx, .xls, .ods); tệp này là văn bản CSV
err-empty-roster = tệp trống: cần một dòng tiêu đề (có cột `Họ và tên`) và mỗi thành viên một dòng
err-no-header = không tìm thấy dòng tiêu đề: không dòng nào trong { $scanned } dòng đầu có cột họ và tên; tiêu đề được chấp nhận: { $accepted }
err-other-sheets = { $body } (đã đọc trang tính đầu tiên; chọn trang khác bằng `--sheet` ({ $sheets }))
err-duplicate-column = cột `{ $header }` và cột `{ $other }` (cột { $other_column }) đều là `{ $canonical }`; hãy giữ một cột
err-missing-column = thiếu cột `{ $name }` ({ $header_vi }); tiêu đề được chấp nhận (không phân biệt hoa thường, dấu, kỉ/kỷ, hoá/hóa): { $accepted }
err-ragged-row = dòng có { $fields } ô nhưng dòng tiêu đề (dòng { $header_line }) có { $width } ô; hãy kiểm tra dấu phân cách và dấu ngoặc kép
err-bad-yes-no = cột `{ $column }`: `{ $value }` không phải có/không; chấp nhận: { $accepted }
err-bad-title = cột `{ $column }`: danh hiệu `{ $value }` không hợp lệ; chấp nhận: { $accepted }
err-legacy-header = tiêu đề `{ $value }`: { $advice }
err-legacy-cell = cột `{ $column }`: ô `{ $value }`: { $advice }
legacy-advice = văn bản có vẻ được gõ bằng phông { $font }, không phải Unicode; hãy chuyển mã bảng tính sang Unicode bằng công cụ "Chuyển mã" của Unikey (nhấp phải biểu tượng Unikey → "Công cụ…" [Ctrl+Shift+F6], Nguồn: { $source }, Đích: Unicode; chép vùng dữ liệu vào bộ nhớ tạm, bấm "Chuyển mã", rồi dán lại), sau đó chạy lại
err-empty-name = thiếu họ và tên thành viên (cột họ và tên trống mà các cột khác có dữ liệu); hãy điền tên, hoặc xoá cả dòng
err-duplicate-id = mã `{ $id }` trùng với { $sheet ->
        [yes] hàng
       *[no] dòng
    } { $first }; mỗi thành viên cần một mã riêng
err-no-counted-member = không có thành viên nào được tính (chỉ có dòng tiêu đề, hoặc mọi thành viên đều ở cột `Không tính`): không thể chấm

## Lỗi tệp evidence.toml

err-unknown-unit-kind = loại đơn vị `{ $value }` không hợp lệ; chấp nhận: { $accepted }
err-bad-year = năm đánh giá `{ $value }` không hợp lệ; cần năm dạng 2024
err-bad-recognition-level = mức công nhận `{ $value }` không hợp lệ; chấp nhận: 1, 2
err-bad-claimed-level = mức tự đánh giá `claimed_level = { $value }` không hợp lệ; chấp nhận: 0 (không đạt), 1, 2
err-bad-submitted-on = `submitted_on = { $value }` không phải ngày; viết dạng 2025-01-10
err-bad-decided-on = `decided_on = { $value }` không phải ngày; viết dạng 2024-01-20
err-unknown-fact = không có dữ kiện `{ $key }`; các dữ kiện: { $known }
err-bad-fact-value = `{ $key } = { $value }` không hợp lệ; chấp nhận: { $accepted }
err-unknown-supports = `supports` nêu `{ $value }`, không phải dữ kiện hay cột danh sách nào; chấp nhận: { $accepted }
err-bad-sha256 = `sha256 = "{ $value }"` không phải mã SHA-256 (64 ký tự hex)
err-digests-not-recorded = không ghi được mã SHA-256 vào tệp: { $detail }

## Lỗi tệp tiêu chí

err-rubric-format-missing = thiếu khóa `format` (phiên bản định dạng tệp tiêu chí; bản này đọc `format = { $format }`)
err-rubric-format-newer = tệp tiêu chí dùng định dạng { $found } mới hơn bản dvht này (đọc được định dạng { $format }); hãy cập nhật dvht
err-rubric-format-invalid = `format = { $found }` không hợp lệ; bản này đọc `format = { $format }`
err-rubric-no-classification = bộ tiêu chí `{ $id }`: bộ tiêu chí tính điểm cần mục [classification] có ít nhất một mức xếp loại
err-rubric-no-recognition = bộ tiêu chí `{ $id }`: bộ tiêu chí xét mức độ cần mục [recognition]
err-rubric-points-overflow = bộ tiêu chí `{ $id }`: tổng điểm vượt quá số lớn nhất tính được chính xác
err-rubric-invalid = { $first } (và { $more } lỗi khác; `dvht rubric lint { $path }` liệt kê tất cả)

## TOML

toml-unknown-key = khóa { $key } không hợp lệ ở đây; chấp nhận: { $accepted }
toml-unknown-key-none = khóa { $key } không hợp lệ ở đây
toml-missing-key = thiếu khóa { $key }
toml-wrong-type = giá trị { $found } sai kiểu; cần { $expected }
toml-invalid = TOML không hợp lệ: { $detail }
toml-type-integer = số nguyên (không có dấu ngoặc kép)
toml-type-boolean = true hoặc false
toml-type-string = chuỗi trong dấu ngoặc kép
toml-type-list = danh sách [ … ]
toml-found-string = chuỗi { $value }
toml-found-integer = số { $value }
toml-found-float = số { $value }
toml-found-boolean = { $value }
toml-found-table = bảng
toml-found-list = danh sách
toml-found-date = ngày { $value }

## TOML syntax (the toml parser's messages, one entry per message; the English
## entries repeat the parser's words, which `--lang en` shows as they are)

toml-syntax-expected = { $problem }; cần { $expected }
toml-syntax-or = { $first } hoặc { $last }
toml-syntax-unknown = lỗi cú pháp chưa có lời giải thích tiếng Việt (trình đọc TOML báo: { $detail })
toml-syntax-duplicate-key-named = khóa { $key } bị trùng
toml-syntax-dotted-extends = không thể thêm khóa có dấu chấm vào giá trị kiểu { $kind } đã có
toml-syntax-cr-alone = ký tự về đầu dòng (CR) phải đi liền với ký tự xuống dòng
toml-syntax-no-open-quote = thiếu dấu nháy mở
toml-syntax-array-no-comma = thiếu dấu phẩy giữa các phần tử của danh sách
toml-syntax-radix-signed = số nguyên viết theo hệ 16, hệ 8 hoặc hệ 2 không được có dấu + hay -
toml-syntax-radix-case = tiền tố hệ số (0x, 0o, 0b) phải viết chữ thường
toml-syntax-no-assignment = thiếu dấu `=` giữa khóa và giá trị
toml-syntax-leading-zero = số không được bắt đầu bằng chữ số 0
toml-syntax-unclosed-array-table = thiếu dấu `]]` đóng tiêu đề bảng lặp
toml-syntax-inline-no-key = thiếu khóa cho một phần tử của bảng viết trên một dòng
toml-syntax-inline-no-open = thiếu dấu ngoặc nhọn mở bảng viết trên một dòng
toml-syntax-no-escape = thiếu ký tự sau dấu `\`
toml-syntax-array-no-open = thiếu dấu `[` mở danh sách
toml-syntax-bad-bare-key = khóa không có dấu ngoặc kép chỉ được gồm chữ cái không dấu, chữ số, `-` và `_`
toml-syntax-too-deep = tệp lồng nhau quá nhiều cấp
toml-syntax-recursion-limit = tệp lồng nhau quá nhiều cấp
toml-syntax-empty-key = thiếu khóa (khóa không được để trống)
toml-syntax-stray-sign = dấu + hoặc - đặt sai chỗ
toml-syntax-stray-key-value = khóa hoặc giá trị đặt sai chỗ
toml-syntax-stray-content = có nội dung thừa đặt sai chỗ
toml-syntax-comment-content = ghi chú có nội dung không hợp lệ trước khi xuống dòng
toml-syntax-array-equals = danh sách không được chứa dấu `=`
toml-syntax-unclosed-table = thiếu dấu `]` đóng tiêu đề bảng
toml-syntax-unclosed-inline-table = thiếu dấu ngoặc nhọn đóng bảng viết trên một dòng
toml-syntax-unclosed-array = thiếu dấu `]` đóng danh sách
toml-syntax-unicode-short = mã Unicode thiếu chữ số
toml-syntax-unquoted-string = giá trị chuỗi phải đặt trong dấu ngoặc kép (hoặc dấu nháy đơn)
toml-syntax-double-sign = số có hai dấu + hoặc -
toml-syntax-double-prefix = số nguyên có tiền tố hệ số lặp lại
toml-syntax-no-value = thiếu giá trị
toml-syntax-key-no-value = khóa chưa có giá trị
toml-syntax-table-no-open = thiếu dấu `[` mở tiêu đề bảng
toml-syntax-comment-no-start = thiếu dấu `#` mở đầu ghi chú
toml-syntax-pairs-no-comma = thiếu dấu phẩy giữa các cặp khóa và giá trị
toml-syntax-key-multiline-literal = khóa không được là chuỗi nhiều dòng
toml-syntax-key-multiline-basic = khóa không được là chuỗi nhiều dòng
toml-syntax-key-without-value = khóa chưa có giá trị
toml-syntax-bad-value = giá trị không hợp lệ
toml-syntax-bad-pair = cặp khóa và giá trị không hợp lệ
toml-syntax-bad-inline-element = phần tử của bảng viết trên một dòng không hợp lệ
toml-syntax-bad-comment-char = ghi chú chứa ký tự không hợp lệ
toml-syntax-inline-extra-comma = thừa dấu phẩy trong bảng viết trên một dòng
toml-syntax-array-extra-comma = thừa dấu phẩy trong danh sách
toml-syntax-extra-assignment = thừa dấu `=` giữa khóa và giá trị
toml-syntax-extra-equals = thừa dấu `=`
toml-syntax-underscore = dấu `_` chỉ được đặt giữa hai chữ số
toml-syntax-bad-key = khóa không hợp lệ
toml-syntax-bad-table = tiêu đề bảng không hợp lệ
toml-syntax-bad-string = chuỗi không hợp lệ
toml-syntax-bad-boolean = giá trị đúng/sai không hợp lệ
toml-syntax-bad-date-time = ngày giờ không hợp lệ
toml-syntax-bad-float = số thập phân không hợp lệ
toml-syntax-bad-mantissa = phần nguyên của số thập phân không hợp lệ
toml-syntax-bad-fraction = phần lẻ của số thập phân không hợp lệ
toml-syntax-bad-exponent = số mũ của số thập phân không hợp lệ
toml-syntax-bad-integer = số nguyên không hợp lệ
toml-syntax-bad-hex = số hệ 16 không hợp lệ
toml-syntax-bad-octal = số hệ 8 không hợp lệ
toml-syntax-bad-binary = số hệ 2 không hợp lệ
toml-syntax-bad-literal-string = chuỗi trong dấu nháy đơn không hợp lệ
toml-syntax-bad-ml-literal-string = chuỗi nhiều dòng trong dấu nháy đơn không hợp lệ
toml-syntax-bad-basic-string = chuỗi trong dấu ngoặc kép không hợp lệ
toml-syntax-bad-ml-basic-string = chuỗi nhiều dòng trong dấu ngoặc kép không hợp lệ
toml-syntax-no-memory = không đủ bộ nhớ để đọc chuỗi
toml-syntax-duplicate-key = khóa bị trùng
toml-syntax-integer-overflow = số nguyên quá lớn
toml-syntax-float-overflow = số thập phân quá lớn
toml-syntax-bad-datetime = ngày giờ không hợp lệ
toml-syntax-bad-date = ngày không hợp lệ
toml-syntax-bad-time = giờ không hợp lệ
toml-syntax-bad-offset = múi giờ không hợp lệ
toml-expected-key = khóa
toml-expected-value = giá trị
toml-expected-numbers = chữ số
toml-expected-digits = chữ số
toml-expected-letters = chữ cái
toml-expected-characters = ký tự
toml-expected-printable = ký tự in được
toml-expected-visible-not-single-quote = ký tự nhìn thấy được khác dấu nháy đơn
toml-expected-not-single-quote = ký tự khác dấu nháy đơn
toml-expected-visible-not-double-quote = ký tự nhìn thấy được khác dấu ngoặc kép
toml-expected-unicode-hex = mã Unicode viết theo hệ 16
toml-expected-literal-string = chuỗi trong dấu nháy đơn
toml-expected-basic-string = chuỗi trong dấu ngoặc kép
toml-expected-ml-literal-string = chuỗi nhiều dòng trong dấu nháy đơn
toml-expected-ml-basic-string = chuỗi nhiều dòng trong dấu ngoặc kép
toml-expected-unquoted-string = chuỗi không có dấu ngoặc
toml-expected-newline = xuống dòng
toml-expected-year-or-hour = năm hoặc giờ
toml-expected-month = tháng
toml-expected-day = ngày
toml-expected-hour = giờ
toml-expected-minute = phút
toml-expected-second = giây
toml-expected-nanosecond = phần lẻ của giây
toml-expected-dash-month-day = `-` (MM-DD)
toml-expected-colon-hour-minute = `:` (HH:MM)
toml-expected-dash-or-colon = `-` (YYYY-MM) hoặc `:` (HH:MM)
toml-expected-year-4 = năm có bốn chữ số (YYYY)
toml-expected-month-2 = tháng có hai chữ số (MM)
toml-expected-day-2 = ngày có hai chữ số (DD)
toml-expected-hour-2 = giờ có hai chữ số (HH)
toml-expected-minute-2 = phút có hai chữ số (MM)
toml-expected-second-2 = giây có hai chữ số (SS)
toml-expected-month-range = tháng từ 01 đến 12
toml-expected-day-28 = ngày từ 01 đến 28 (tháng 2 năm thường)
toml-expected-day-29 = ngày từ 01 đến 29 (tháng 2 năm nhuận)
toml-expected-day-30 = ngày từ 01 đến 30 (tháng này có 30 ngày)
toml-expected-day-31 = ngày từ 01 đến 31
toml-expected-hour-range = giờ từ 00 đến 23
toml-expected-minute-range = phút từ 00 đến 59
toml-expected-second-range = giây từ 00 đến 60
toml-expected-offset-hour-range = giờ lệch múi giờ từ 00 đến 23
toml-expected-offset-minute-range = phút lệch múi giờ từ 00 đến 59
toml-expected-nanosecond-overflow = phần lẻ của giây có quá nhiều chữ số
toml-kind-array = mảng
toml-kind-inline-table = bảng viết trên một dòng
toml-kind-table = bảng
toml-kind-string = chuỗi
toml-kind-integer = số nguyên
toml-kind-float = số thập phân
toml-kind-boolean = đúng/sai
toml-kind-datetime = ngày giờ

## Thư mục đơn vị (batch)

err-no-units = không có thư mục nào chứa roster.csv: không có đơn vị để chấm

## Dòng lệnh: trợ giúp và các từ của clap

cli-about = Chấm điểm "Đơn vị học tập" theo bộ tiêu chí
cli-long-about =
    Chấm điểm "Đơn vị học tập" từ danh sách thành viên (tệp CSV, hoặc bảng tính .xlsx/.xls/.ods) và tệp evidence.toml của đơn vị, theo bộ tiêu chí có phiên bản (Hà Nội 2021, Thông tư 24/2023/TT-BGDĐT): từng tiêu chí, tổng điểm và kết quả công nhận.
cli-after =
    Mã thoát:
      0  lệnh đã chạy; score: đơn vị được công nhận; check-evidence: không có vấn đề
      1  lệnh đã chạy; score: chưa được công nhận; check-evidence: có vấn đề
      2  dùng sai lệnh, hoặc tệp đầu vào không đọc được / không hợp lệ (thông báo nêu tệp, dòng và cột)

    Bộ tiêu chí có sẵn: hanoi-2021 (tên ngắn hanoi), tt24-2023 (tên ngắn tt24); hoặc đường dẫn tới tệp tiêu chí .toml.
    Ngôn ngữ: --lang en hoặc biến môi trường DVHT_LANG=en để dùng tiếng Anh (mặc định: tiếng Việt).

    Ví dụ:
      dvht score examples/thpt-so-2-tuy-phuoc/roster.csv --rubric tt24
      dvht score roster.csv --rubric hanoi --format json --lang en
      dvht score roster.csv --rubric tt24 --as-of 2025-09-15 --explain
      dvht check-evidence examples/mn-hoa-sen --rubric tt24
      dvht evidence hash evidence.toml
      dvht score danh-sach.xlsx --rubric tt24 --sheet "Danh sách"
      dvht score danh-sach.csv --rubric hanoi --encoding windows-1258
cli-help = In trợ giúp (-h: tóm tắt, --help: đầy đủ)
cli-version = In phiên bản của chương trình và của các bộ tiêu chí có sẵn
cli-heading-commands = Lệnh
cli-value-command = LỆNH
cli-heading-usage = Cách dùng:
cli-heading-options = Tùy chọn:
cli-heading-arguments = Tham số:
cli-default-open = {"[mặc định: "}
cli-aliases-open = {"[tên khác: "}
cli-value-options = {"[TÙY_CHỌN]"}

cli-arg-lang = Ngôn ngữ của thông báo, bảng và trợ giúp: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); cũng có thể đặt bằng biến môi trường DVHT_LANG
cli-arg-quiet = Chỉ in lỗi, không in gì khác (mã thoát không đổi)
cli-arg-rubrics_dir = Thư mục chứa tệp tiêu chí .toml mà --rubric MÃ và `dvht rubric list` tìm thêm (có thể lặp lại) [mặc định: $DVHT_RUBRICS, nếu không có thì ./rubrics khi thư mục này tồn tại]
cli-arg-rubric = Bộ tiêu chí: hanoi-2021 (hanoi), tt24-2023 (tt24), hoặc đường dẫn tới tệp tiêu chí .toml
cli-arg-evidence = Tệp evidence.toml của đơn vị [mặc định: evidence.toml cùng thư mục với danh sách, nếu có]
cli-arg-as_of = Ngày xét điều kiện mức độ 2 (YYYY-MM-DD hoặc dd/mm/yyyy) [mặc định: ngày của hồ sơ, nếu không có thì hôm nay]
cli-arg-strict_evidence = Tiêu chí không có minh chứng được tính 0 điểm / không đạt, như hội đồng đánh giá ("có minh chứng cụ thể")
cli-arg-sheet = Danh sách dạng bảng tính: trang tính cần đọc [mặc định: trang tính đầu tiên]
cli-arg-encoding = Danh sách CSV: bảng mã của văn bản (dấu BOM ở đầu tệp luôn được ưu tiên): auto (UTF-8, hoặc UTF-16 khi có dấu BOM), utf-8, utf-16le ("Unicode text" của Excel), utf-16be, windows-1258 (Excel cũ trên Windows, "CSV (Comma delimited)")
cli-arg-roster = Danh sách thành viên (mỗi thành viên một dòng): tệp CSV, hoặc bảng tính .xlsx/.xls/.ods; - để đọc từ đầu vào chuẩn
cli-arg-bom = Đầu ra CSV: thêm dấu BOM UTF-8 ở đầu để Excel hiển thị đúng tiếng Việt
cli-arg-output = Ghi kết quả vào TỆP (ghi trọn một lần) thay vì in ra màn hình; đuôi tệp (.txt, .csv, .json, .html, .xlsx) chọn định dạng khi không có --format; - là màn hình
cli-arg-jobs = Số luồng chạy cùng lúc, từ 1 đến 256 [mặc định: mỗi bộ xử lý một luồng]
cli-score-about = Chấm một đơn vị: bảng tiêu chí, tổng, kết quả công nhận, cảnh báo
cli-score-after = { cli-after }
cli-score-arg-format = Định dạng đầu ra: table (bảng cho người đọc), json (một đối tượng, lược đồ dvht.assessment/1, số thập phân dạng chuỗi), csv (mỗi tiêu chí một dòng, cho bảng tính) [mặc định: theo đuôi tệp của -o, nếu không thì table]
cli-score-arg-explain = Với mỗi tiêu chí, liệt kê các thành viên (mã và họ tên) chưa đạt

cli-batch-about = Chấm mọi đơn vị trong một thư mục (mỗi thư mục có danh sách thành viên): mỗi đơn vị một dòng, và tổng hợp theo kết quả
cli-batch-after =
    Một đơn vị là một thư mục chứa roster.csv (hoặc roster.xlsx/.xls/.ods) và thường có evidence.toml, ở bất kỳ độ sâu nào trong THƯ_MỤC; thư mục con của một đơn vị không được tìm tiếp. Các đơn vị được liệt kê theo tên thư mục.

    Mã thoát:
      0  mọi đơn vị đều được chấm (dù kết quả thế nào)
      2  có đơn vị không đọc được (được báo kèm lỗi; các đơn vị khác vẫn được chấm), hoặc dùng sai lệnh

    Ví dụ:
      dvht batch huyen-tuy-phuoc/ --rubric tt24
      dvht batch huyen-tuy-phuoc/ --rubric hanoi --format csv --bom > tong-hop.csv
      dvht batch ca-nuoc/ --rubric tt24 --format json --jobs 2 --check-evidence
      dvht batch huyen-tuy-phuoc/ --rubric tt24 --format html -o bao-cao-huyen.html
      dvht batch huyen-tuy-phuoc/ --rubric tt24 --list-proposed -o danh-sach.docx
cli-batch-arg-dir = Thư mục chứa các đơn vị (mỗi đơn vị một thư mục con có danh sách thành viên)
cli-batch-arg-format = Định dạng đầu ra: table (bảng cho người đọc, cuối bảng có tổng hợp theo kết quả), csv (mỗi đơn vị một dòng), json (lược đồ dvht.batch/1), html (báo cáo cấp huyện: biểu đồ kết quả, bản đồ nhiệt, danh sách đơn vị; in được khổ A4), xlsx (báo cáo cấp huyện dạng bảng tính; cần -o khi in ra màn hình) [mặc định: theo đuôi tệp của -o, nếu không thì table]
cli-batch-arg-check_evidence = Kiểm tra thêm minh chứng của từng đơn vị như check-evidence (tệp có mặt, nằm trong thư mục, mã băm, mọi tiêu chí có minh chứng): số vấn đề minh chứng của mỗi đơn vị

cli-batch-arg-list_proposed = Ghi "Danh sách đơn vị đề nghị công nhận" thay cho bảng chấm: đơn vị, mức đề nghị (`[unit] claimed_level`), mức thẩm định, ghi chú; cần -o TỆP.docx hoặc TỆP.xlsx
cli-rubric-about = Bộ tiêu chí: liệt kê, xem một bộ, kiểm tra tệp tiêu chí, so sánh hai bộ
cli-rubric-list-about = Các bộ tiêu chí có sẵn và các tệp tiêu chí trong thư mục tiêu chí
cli-rubric-list-after = { cli-rubric-after }
cli-rubric-list-arg-format = Định dạng đầu ra: table (bảng) hoặc json
cli-rubric-show-about = Toàn bộ một bộ tiêu chí, dễ đọc: tiêu chí, dữ liệu cần, mức điểm hoặc mức độ, căn cứ, minh chứng
cli-rubric-show-after = { cli-rubric-after }
cli-rubric-show-arg-rubric = Mã hoặc tên ngắn của bộ có sẵn, mã của một tệp tiêu chí, hoặc đường dẫn tới tệp tiêu chí .toml
cli-rubric-show-arg-format = Định dạng đầu ra: text (văn bản cho màn hình), markdown (cho văn bản, hồ sơ), json (lược đồ dvht.rubric/1), toml (chính tệp tiêu chí: điểm xuất phát cho bộ của riêng bạn)
cli-rubric-lint-about = Kiểm tra tệp tiêu chí: khoảng trống, chồng lấn, tổng điểm, mức độ, dữ liệu cần, mã, căn cứ, khóa
cli-rubric-lint-after =
    Mã thoát:
      0  không có lỗi hay cảnh báo (có thể còn ghi chú loại info)
      1  có lỗi hoặc cảnh báo (có lỗi thì không dùng bộ tiêu chí để chấm được)
      2  không đọc được tệp như một tệp tiêu chí (không phải TOML, thiếu format, format mới hơn)

    Ví dụ:
      dvht rubric lint rubrics/my-province.toml
      dvht rubric lint hanoi --lang en
cli-rubric-lint-arg-rubric = Đường dẫn tới tệp tiêu chí .toml, mã của một tệp tiêu chí, hoặc mã hay tên ngắn của bộ có sẵn
cli-rubric-lint-arg-format = Định dạng đầu ra: text (cho người đọc) hoặc json (lược đồ dvht.lint/1)
cli-rubric-diff-about = Những gì thay đổi giữa hai bộ tiêu chí: tiêu chí thêm, bỏ, đổi tên; ngưỡng thay đổi
cli-rubric-diff-after = { cli-rubric-after }
cli-rubric-diff-arg-old = Bộ tiêu chí cũ (mã, tên ngắn hoặc đường dẫn)
cli-rubric-diff-arg-new = Bộ tiêu chí mới (mã, tên ngắn hoặc đường dẫn)
cli-rubric-diff-arg-format = Định dạng đầu ra: text (cho người đọc) hoặc json (lược đồ dvht.rubric-diff/1)
cli-rubric-after =
    Thư mục tiêu chí: --rubrics-dir THƯ_MỤC, nếu không có thì $DVHT_RUBRICS, nếu không có nữa thì ./rubrics. Mỗi tệp .toml ở đó được tìm theo mã ghi trong tệp: --rubric my-province-2024.

    Ví dụ:
      dvht rubric list
      dvht rubric show hanoi --format markdown
      dvht rubric show tt24 --format toml > rubrics/my-province-2024.toml
      dvht rubric lint my-province.toml
      dvht rubric diff hanoi-2021 tt24-2023

cli-compare-about = Một đơn vị theo hai bộ tiêu chí, đặt cạnh nhau ("trước đây đạt Tốt; theo TT 24 thì sao?")
cli-compare-after =
    Mã thoát: 0 đã so sánh, 2 dùng sai lệnh hoặc đầu vào không hợp lệ.

    Ví dụ:
      dvht compare examples/th-tan-hoa-1/roster.csv --rubric hanoi --rubric tt24
      dvht compare roster.csv --rubric hanoi-2021 --rubric my-province.toml --format json
cli-compare-arg-rubric = Bộ tiêu chí, ghi hai lần: bộ cũ trước, bộ mới sau
cli-compare-arg-format = Định dạng đầu ra: table (hai bộ cạnh nhau, cho người đọc) hoặc json (lược đồ dvht.compare/1) [mặc định: theo đuôi tệp của -o, nếu không thì table]

cli-init-about = Tạo mẫu danh sách thành viên và khung tệp evidence.toml cho một bộ tiêu chí
cli-init-after =
    Ghi THƯ_MỤC/roster.csv (tiêu đề tiếng Việt đúng các cột mà bộ tiêu chí cần, kèm hai dòng mẫu để thay: danh sách còn dòng mẫu sẽ bị từ chối khi chấm), hoặc với --xlsx là THƯ_MỤC/roster.xlsx (danh sách chọn, ghi chú ở mỗi tiêu đề, trang "Hướng dẫn"); THƯ_MỤC/evidence.toml (mọi dữ kiện bộ tiêu chí cần, các giá trị được phép ghi trong chú thích); và THƯ_MỤC/tu-danh-gia.toml (mỗi tiêu chí kèm gợi ý để đơn vị tự viết nhận định, dùng cho `dvht dossier`). Không bao giờ ghi đè tệp đã có: khi đó thoát với mã 2.

    Ví dụ:
      dvht init truong-moi --rubric tt24
      dvht init truong-moi --xlsx
      dvht init
cli-init-arg-dir = Thư mục để ghi roster.csv và evidence.toml (tạo mới nếu chưa có)
cli-init-arg-rubric = Bộ tiêu chí sẽ dùng để chấm đơn vị (có thể lặp lại) [mặc định: mọi bộ có sẵn]

cli-init-arg-xlsx = Ghi danh sách dạng bảng tính Excel, roster.xlsx, thay cho roster.csv: danh sách chọn cho cột có/không và danh hiệu, ghi chú ở mỗi tiêu đề, trang "Hướng dẫn"
cli-check-evidence-about = Kiểm tra tệp evidence.toml: mọi tệp minh chứng có mặt, nằm trong thư mục và không bị thay đổi; với --rubric, mọi tiêu chí đều có minh chứng
cli-check-evidence-after =
    Mã thoát:
      0  không có vấn đề (có thể có cảnh báo, ví dụ tệp không được nêu trong danh mục)
      1  có vấn đề: mỗi vấn đề được liệt kê kèm một mã cố định (missing-file, hash-mismatch, outside-folder, absolute-path, unsafe-path, duplicate-code, duplicate-file, unknown-supports, no-evidence-for-criterion, …)
      2  dùng sai lệnh, hoặc không đọc được evidence.toml hay tệp không hợp lệ

    Ví dụ:
      dvht check-evidence examples/mn-hoa-sen/evidence.toml --rubric tt24
      dvht check-evidence units/th-tan-hoa-1 --rubric hanoi --format json
      dvht evidence hash examples/mn-hoa-sen/evidence.toml
cli-check-evidence-arg-file = Tệp evidence.toml của đơn vị, hoặc thư mục của đơn vị [mặc định: ./evidence.toml]
cli-check-evidence-arg-rubric = Kiểm tra thêm mọi tiêu chí áp dụng của bộ tiêu chí này đều có minh chứng: hanoi-2021 (hanoi), tt24-2023 (tt24), hoặc đường dẫn tới tệp tiêu chí .toml
cli-check-evidence-arg-format = Định dạng đầu ra: table (bảng cho người đọc: mỗi minh chứng và mỗi tiêu chí một dòng, rồi các vấn đề) hoặc json (lược đồ dvht.evidence/1)
cli-check-evidence-arg-no_hashes = Bỏ qua việc so mã SHA-256 (xem nhanh: đường dẫn, tệp, đủ minh chứng)

cli-evidence-about = Duy trì tệp evidence.toml: `dvht evidence hash` ghi mã SHA-256 của từng tệp minh chứng
cli-evidence-hash-about = Điền hoặc cập nhật sha256 của từng minh chứng, giữ nguyên chú thích và bố cục
cli-evidence-hash-after =
    Minh chứng chưa có sha256 sẽ được điền. Minh chứng có tệp không còn khớp với mã đã ghi sẽ được báo và giữ nguyên, trừ khi dùng --force. Tệp được ghi lại trọn một lần (tệp tạm rồi đổi tên) và chỉ khi có thay đổi.

    Mã thoát:
      0  mọi minh chứng đều ghi mã băm của tệp
      1  có minh chứng không tính được mã (tệp thiếu hoặc không an toàn) hoặc đã thay đổi mà không có --force
      2  dùng sai lệnh, hoặc không đọc được evidence.toml hay tệp không hợp lệ

    Ví dụ:
      dvht evidence hash examples/mn-hoa-sen/evidence.toml
cli-evidence-hash-arg-file = Tệp evidence.toml của đơn vị, hoặc thư mục của đơn vị [mặc định: ./evidence.toml]
cli-evidence-hash-arg-force = Tính lại mã cho các minh chứng có tệp đã thay đổi kể từ khi ghi mã

cli-report-about = In biểu tổng hợp của đơn vị (mẫu M4 theo TT 24 / phiếu chấm điểm của Hà Nội) và kế hoạch khắc phục, dạng HTML (khổ A4), xlsx hoặc Markdown
cli-report-after =
    Mã thoát: 0 đã ghi báo cáo (dù kết quả thế nào); 2 dùng sai lệnh hoặc đầu vào không hợp lệ.

    Ví dụ:
      dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 -o m4.html
      dvht report roster.csv --rubric tt24 --format xlsx -o m4.xlsx --place "Tân Hòa"
      dvht report roster.csv --rubric hanoi --format md --head "Trần Hoàng Khải"
cli-report-arg-format = Định dạng đầu ra: html (một trang trọn vẹn, in được khổ A4), xlsx (kết quả, kế hoạch khắc phục, thông tin; ô số thật), md (Markdown) [mặc định: theo đuôi tệp của -o, nếu không thì html]
cli-report-arg-output = Ghi báo cáo vào TỆP (ghi trọn một lần) thay vì in ra màn hình; đuôi tệp (.html, .xlsx, .md) chọn định dạng khi không có --format
cli-report-arg-place = Địa danh ở dòng ngày tháng ("Tân Hòa, ngày … tháng … năm …")
cli-report-arg-date = Ngày ký biểu (YYYY-MM-DD) [mặc định: ngày của --as-of]
cli-report-arg-authority = Cơ quan chủ quản, in phía trên tên đơn vị ("UBND huyện Tân Hiệp")
cli-report-arg-prepared_by = Họ tên in dưới "Người lập biểu"
cli-report-arg-head = Họ tên in dưới "Thủ trưởng đơn vị"
cli-report-arg-no_action_plan = Không in kế hoạch khắc phục (kế hoạch nêu tên thành viên; hồ sơ không cần phần này)

cli-dossier-about = Ghi toàn bộ hồ sơ của đơn vị vào một thư mục: các mẫu Word (TT 24: Tờ trình, M1, M2, M3; Hà Nội: Biên bản, báo cáo), biểu M4 / biểu điểm, kế hoạch cải thiện và mục lục kèm mã SHA-256 của từng tệp
cli-dossier-after =
    ĐƠN_VỊ là thư mục của đơn vị (chứa roster.csv hoặc roster.xlsx/.xls/.ods, evidence.toml và, nếu có, tu-danh-gia.toml với nhận định của đơn vị), hoặc tệp danh sách của đơn vị.

    Bộ tiêu chí theo mức độ (tt24-2023): 01-to-trinh.docx (khi đạt một mức độ), 02-bao-cao-tu-danh-gia-m3.docx, 03-ban-tong-hop-m4.html/.xlsx, 04-phieu-danh-gia-m1.docx, 05-muc-do-dat-m2.docx, 06-ke-hoach-cai-thien.docx. Bộ tiêu chí theo điểm (hanoi-2021): 01-bien-ban-tu-danh-gia.docx, 02-bao-cao-tu-danh-gia.docx, 03-bieu-diem.html/.xlsx, 04-ke-hoach-cai-thien.docx. Cả hai: 00-muc-luc.txt, mỗi tệp kèm mã SHA-256.

    Thư mục mặc định là ĐƠN_VỊ-ho-so-NĂM, cạnh thư mục đơn vị. Không thay tệp nào nếu không có --force: nếu một tệp cần ghi đã có, không ghi gì cả (mã thoát 2). -o không được là, hoặc chứa, một tệp đầu vào.

    Mã thoát: 0 đã ghi hồ sơ (dù kết quả thế nào); 2 dùng sai lệnh hoặc đầu vào không hợp lệ.

    Ví dụ:
      dvht dossier examples/th-tan-hoa-1 --rubric tt24 --place "Tân Hòa" --head "Trần Hoàng Khải"
      dvht dossier truong-a --rubric hanoi -o ho-so-2024 --force
      dvht init truong-a --rubric tt24      # ghi cả tu-danh-gia.toml để điền
cli-dossier-arg-unit = Thư mục của đơn vị (chứa roster.csv hoặc roster.xlsx/.xls/.ods), hoặc tệp danh sách của đơn vị
cli-dossier-arg-narrative = Nhận định của đơn vị theo từng tiêu chí [mặc định: tu-danh-gia.toml cùng thư mục với danh sách, nếu có]
cli-dossier-arg-output = Thư mục để ghi hồ sơ [mặc định: ĐƠN_VỊ-ho-so-NĂM cạnh thư mục đơn vị]
cli-dossier-arg-force = Thay các tệp của hồ sơ nếu đã có
cli-dossier-arg-place = Địa danh ở dòng ngày tháng ("Tân Hòa, ngày … tháng … năm …")
cli-dossier-arg-date = Ngày ký các mẫu (YYYY-MM-DD) [mặc định: ngày của --as-of]
cli-dossier-arg-authority = Cơ quan chủ quản, in phía trên tên đơn vị ("UBND huyện Tân Hiệp")
cli-dossier-arg-prepared_by = Họ tên in dưới "Người lập biểu"
cli-dossier-arg-head = Họ tên thủ trưởng đơn vị, người ký Tờ trình và báo cáo
cli-dossier-arg-to = Nơi nhận Tờ trình ("Phòng Giáo dục và Đào tạo huyện Tân Hiệp")
cli-completions-about = In tập lệnh tự hoàn thành cho trình shell: dvht completions bash > /etc/bash_completion.d/dvht
cli-completions-arg-shell = Trình shell cần tự hoàn thành: bash, elvish, fish, powershell, zsh
cli-man-about = In trang hướng dẫn man (roff, bằng tiếng Anh): dvht man > dvht.1 && man ./dvht.1

## Đầu ra cho người đọc: bảng, CSV, kiểm tra tệp tiêu chí

csv-as-of-flag = theo --as-of
csv-as-of-submitted-on = ngày nộp hồ sơ
csv-as-of-deadline = hạn nộp hồ sơ
csv-as-of-today = hôm nay
provisional-why-level-2 = ngưỡng mức độ 2 chưa được đối chiếu với văn bản Thông tư; cần kiểm tra trước khi nộp
provisional-why-classification = ngưỡng xếp loại chưa được đối chiếu với văn bản Thông tư; cần kiểm tra trước khi nộp
table-outcome-provisional = (tạm thời: { $why })
err-sheet-name-empty = `--sheet` để trống: hãy ghi tên trang tính cần đọc trong bảng tính `{ $workbook }`; các trang tính: { $sheets }
err-sheet-empty = trang tính `{ $sheet }` của bảng tính `{ $workbook }` trống (không ô nào có nội dung); các trang tính: { $sheets }; chọn trang có danh sách thành viên bằng `--sheet`
table-rubric = Bộ tiêu chí: { $title } [{ $id }]
table-col-id = Mã
table-col-criterion = Tiêu chí
table-col-measured = Giá trị đo
table-col-band = Khung / mức đạt
table-col-level = Mức độ
table-col-points = Điểm
table-col-evidence = Minh chứng
table-not-applicable = không áp dụng
table-not-reached = Không đạt
table-level = Mức { $level }
table-not-assessed = { $score } (chưa đánh giá)
table-provisional-mark = (tạm thời)
table-total = Tổng điểm: { $points }/{ $max }
table-recognised = được công nhận
table-not-recognised = không được công nhận
table-level-2-from = Có thể đề nghị mức độ 2 từ: { $date }
table-calendar = Lịch công nhận:
table-next = Để lên khung / mức tiếp theo:
table-next-item = { $id }: cần thêm { $count } thành viên đạt để tới { $target }
table-not-meeting = Thành viên chưa đạt theo tiêu chí:
table-at-row = hàng { $n }
table-at-line = dòng { $n }
table-warnings = Cảnh báo:
table-roster = Danh sách: { $file } ({ $how })
table-roster-bom = có BOM
table-roster-delimiter = phân cách { $delimiter }
table-roster-sheet = trang `{ $sheet }`
table-roster-header-row = tiêu đề ở hàng { $n }
table-roster-header-line = tiêu đề ở dòng { $n }
table-unit-unnamed = (chưa có tên đơn vị)
table-unit-year = năm { $year }
table-members = Thành viên: { $total } tổng, { $counted } được tính, { $excluded } không tính
lint-verdict-errors = không dùng được để chấm cho đến khi sửa các lỗi
lint-verdict-warnings = dùng được, nhưng nên xem các cảnh báo
lint-verdict-clean = sạch
lint-summary = { $name }: { $errors } lỗi, { $warnings } cảnh báo, { $infos } thông tin — { $verdict }

## Lỗi dùng lệnh (clap)

cli-err-unknown-argument = không có tùy chọn `{ $arg }`
cli-err-unknown-command = không có lệnh `{ $command }`
cli-err-missing-value = `{ $arg }` cần một giá trị
cli-err-invalid-value = `{ $value }` không phải giá trị hợp lệ của `{ $arg }`; chấp nhận: { $accepted }
cli-err-value-validation = `{ $value }` không phải giá trị hợp lệ của `{ $arg }`
cli-err-missing-required = thiếu tham số bắt buộc: { $arg }
cli-err-missing-command = cần chỉ rõ một lệnh
cli-err-conflict = không dùng được `{ $arg }` cùng với `{ $other }`
cli-err-value-count = số giá trị của `{ $arg }` không đúng
cli-err-invalid-utf8 = có tham số không phải văn bản UTF-8 hợp lệ
cli-err-try-help = Xem thêm hướng dẫn: chạy lại với --help.

## Ghi tệp (-o TỆP)

err-output-kind = `-o { $output }`: lệnh này không ghi được tệp { $ext }; hãy dùng một trong: { $list } (chưa ghi gì)
err-output-format-mismatch = `-o { $output }` là tệp { $ext } nhưng `--format { $format }` được chọn; hãy bỏ `--format` hoặc đổi đuôi tệp (chưa ghi gì)
err-output-no-folder = `-o { $output }`: không có thư mục `{ $folder }`; hãy tạo thư mục trước (chưa ghi gì)
err-output-is-folder = `-o { $output }` là một thư mục; hãy ghi tên tệp (chưa ghi gì)
err-output-not-writable = `-o { $output }` không phải tệp thường, thiết bị ký tự hay FIFO: không ghi vào đó (chưa ghi gì)
err-output-is-input = `-o { $output }` là tệp đầu vào của lần chạy này ({ $what } `{ $input }`): không ghi đè đầu vào; hãy chọn tên tệp khác (chưa ghi gì)
err-output-fifo-no-reader = `-o { $output }` là FIFO nhưng không có chương trình nào đang đọc; hãy mở đầu đọc trước (chưa ghi gì)
err-not-regular = không phải tệp thông thường ({ $kind ->
        [fifo] ống dẫn FIFO
        [char-device] thiết bị ký tự
        [block-device] thiết bị khối
        [socket] socket
        [folder] thư mục
       *[other] tệp đặc biệt
    }); hãy chỉ tới một tệp trên đĩa, hoặc `-` để đọc từ đầu vào chuẩn

## Nhiều lỗi trong một tệp

err-many-more = … và { $more } lỗi khác
err-many-total = `{ $path }`: { $total } lỗi; hãy sửa tất cả rồi chạy lại
err-many-line = { $first } (+{ $others } lỗi khác)

## Tên chỗ điền giá trị trong trợ giúp (<THƯ_MỤC>)

cli-value-authority = CƠ_QUAN
cli-value-date = NGÀY
cli-value-dir = THƯ_MỤC
cli-value-encoding = BẢNG_MÃ
cli-value-evidence = TỆP_MINH_CHỨNG
cli-value-file = TỆP
cli-value-format = ĐỊNH_DẠNG
cli-value-lang = NGÔN_NGỮ
cli-value-n = SỐ
cli-value-name = HỌ_TÊN
cli-value-new = BỘ_MỚI
cli-value-old = BỘ_CŨ
cli-value-place = ĐỊA_DANH
cli-value-roster = DANH_SÁCH
cli-value-rubric = BỘ_TIÊU_CHÍ
cli-value-shell = SHELL
cli-value-text = VĂN_BẢN
cli-value-unit = ĐƠN_VỊ

## error (lỗi đưa vào kiểu Problem)

err-list-proposed-needs-output = `--list-proposed` ghi tệp Word hoặc Excel: hãy thêm `-o danh-sach.docx` hoặc `-o danh-sach.xlsx`
err-bad-today-var = biến môi trường `{ $var }={ $value }` không phải ngày hợp lệ; viết dạng 2025-01-15
err-jobs-out-of-range = `--jobs { $jobs }` không hợp lệ: cần từ 1 đến { $max }
err-file-too-large = tệp lớn hơn giới hạn { $limit } mà dvht đọc cho loại tệp này; hãy kiểm tra đúng tệp chưa, hoặc tách tệp
err-folder-no-roster = thư mục này không có danh sách thành viên ({ $names }): hãy chỉ ra tệp danh sách, hoặc thư mục của một đơn vị
err-sample-row = đây là dòng mẫu của `dvht init`: hãy thay các dòng mẫu bằng danh sách thành viên thật rồi chấm lại
err-dossier-folder-no-roster = thư mục không có danh sách thành viên ({ $names }): hãy chỉ tới thư mục của đơn vị
err-dossier-no-unit = không tìm thấy thư mục đơn vị hay tệp danh sách này
err-dossier-exists = đã có { $count } tệp của hồ sơ, không ghi đè (chưa ghi gì): { $files }; thêm `--force` để ghi lại, hoặc chọn thư mục khác bằng `-o`
err-dossier-no-default-folder = không đặt được tên thư mục hồ sơ mặc định: hãy chỉ rõ bằng `-o THƯ-MỤC`
err-dossier-output-is-file = `-o { $output }` là một tệp, không phải thư mục: hồ sơ gồm nhiều tệp, hãy chỉ một thư mục
err-dossier-output-holds-input = `-o { $output }` chứa tệp đầu vào `{ $input }`: hồ sơ phải ghi vào thư mục riêng (mặc định: bên cạnh thư mục đơn vị)
err-narrative-not-utf8 = byte không phải UTF-8: hãy lưu tệp dạng UTF-8 (Notepad: "Lưu thành" → Mã hóa: UTF-8)
err-narrative-not-regular = không phải tệp thông thường: hãy chỉ tới tệp tu-danh-gia.toml
err-narrative-too-large = tệp lớn hơn { $kb } KB, giới hạn của phần tự đánh giá: hãy rút gọn
err-narrative-duplicate-key = {"["}{ $section }] đã có `{ $en }` (hay `{ $vi }`): mỗi mục chỉ viết một lần
err-narrative-unknown-key = khóa `{ $key }` không có trong [{ $section }]; chấp nhận: { $accepted }
err-narrative-unknown-key-hint = khóa `{ $key }` không có trong [{ $section }] (`{ $suggestion }`?); chấp nhận: { $accepted }
err-narrative-not-text = `{ $key }` cần một đoạn văn trong dấu ngoặc kép ("…", hoặc """…""" cho nhiều dòng)
err-narrative-not-table = `{ $name }` phải là một mục [{ $name }], không phải một giá trị
err-narrative-unknown-criterion = bộ tiêu chí { $rubric } không có tiêu chí `{ $id }`; có: { $ids }
err-narrative-not-criterion = trong [{ $rubric }], `{ $id }` phải là mục của một tiêu chí: [{ $rubric }."{ $id }"] với description, strengths, weaknesses, plan
err-narrative-bad-date = `{ $value }` không phải ngày; viết dạng 2024-12-25
err-narrative-bad-present = số người dự `{ $value }` không hợp lệ; cần số nguyên từ 0
err-narrative-present-not-number = số người dự cần là số nguyên, không có dấu ngoặc kép (present = 25)

## report/html

report-html-socialist-republic-vietnam = Cộng hòa xã hội chủ nghĩa Việt Nam
report-html-independence-freedom-happiness = Độc lập - Tự do - Hạnh phúc
report-html-general-information = Thông tin chung
report-html-unit = Đơn vị
report-html-evaluation-year = Năm đánh giá
report-html-figures-from = số liệu từ
report-html-to = đến
report-html-members = Thành viên
report-html-all = người
report-html-counted-ratios = được tính vào tỷ lệ
report-html-excluded = không tính
report-html-rubric = Bộ tiêu chí
report-html-results-criterion-indicator = Kết quả đánh giá các tiêu chí, chỉ tiêu
report-html-self-assessed-points-criterion = Điểm tự đánh giá theo tiêu chí
report-html-no = TT
report-html-criterion-indicator = Tiêu chí, chỉ tiêu
report-html-criterion = Tiêu chí
report-html-measured-meeting-counted = Kết quả đo (số đạt/tổng số, tỷ lệ)
report-html-band-case = Khung / mức
report-html-level = Mức đạt
report-html-points-max = Điểm / tối đa
report-html-evidence = Minh chứng
report-html-total = Tổng điểm
report-html-unit-s-outcome = Kết quả chung của đơn vị
report-html-classification = Xếp loại
report-html-conclusion = Kết luận
report-html-self-assessed-outcome = Đơn vị tự đánh giá
report-html-every-indicator-reaches-level = Mọi chỉ tiêu đạt mức
report-html-unit-may-apply-level-2 = đơn vị có thể đề nghị công nhận mức độ 2 từ ngày
report-html-notes = Ghi chú
report-html-prepared = Người lập biểu
report-html-signature-full-name = (Ký, ghi rõ họ tên)
report-html-head-unit = Thủ trưởng đơn vị
report-html-signature-full-name-seal = (Ký, ghi rõ họ tên, đóng dấu)
report-html-action-plan = KẾ HOẠCH CẢI THIỆN
report-html-internal-use-not-part-dossier = dùng nội bộ, không thuộc hồ sơ đề nghị công nhận; tính đến ngày
report-html-every-criterion-top-band-level = Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng: không có việc cần làm.
report-html-indicator = Chỉ tiêu
report-html-now = Hiện tại
report-html-goal = Mục tiêu
report-html-needs = Cần thêm
report-html-gain = Khi đạt
report-html-member-s = người
report-html-ids-red-priority-indicators-unit = Mã in đỏ (ưu tiên): chỉ tiêu đang ở mức thấp nhất của đơn vị — chính nó quyết định kết quả chung.
report-html-priority = Ưu tiên
report-html-responsible = Người phụ trách
report-html-deadline = Hạn hoàn thành
report-html-en = vi
report-html-none = chưa có
report-html-roster = Danh sách
report-html-rubric-2 = bộ tiêu chí
report-html-made = Lập bằng
report-html-from = Căn cứ

## report/xlsx

report-xlsx-results = Kết quả
report-xlsx-id = Mã
report-xlsx-criterion = Tiêu chí, chỉ tiêu
report-xlsx-meeting = Số đạt
report-xlsx-counted = Tổng số
report-xlsx-ratio = Tỷ lệ
report-xlsx-unit-facts = Giá trị (cấp đơn vị)
report-xlsx-band-case = Khung / mức
report-xlsx-level = Mức đạt
report-xlsx-points = Điểm
report-xlsx-max-points = Điểm tối đa
report-xlsx-provisional = Tạm thời (*)
report-xlsx-evidence-items = Số minh chứng
report-xlsx-evidence-codes = Mã minh chứng
report-xlsx-members-needed = Cần thêm (người)
report-xlsx-next-target = Mục tiêu tiếp theo
report-xlsx-notes = Ghi chú
report-xlsx-n = không áp dụng
report-xlsx-not-assessed = chưa đánh giá.{" "}
report-xlsx-total = Tổng điểm
report-xlsx-unit-s-outcome = Kết quả chung của đơn vị
report-xlsx-classification = Xếp loại
report-xlsx-action-plan = Kế hoạch
report-xlsx-indicator = Chỉ tiêu
report-xlsx-priority = Ưu tiên
report-xlsx-now = Hiện tại
report-xlsx-goal = Mục tiêu
report-xlsx-gain = Khi đạt
report-xlsx-what-do = Việc cần làm
report-xlsx-no = STT
report-xlsx-member-id = Mã thành viên
report-xlsx-name = Họ và tên
report-xlsx-roster-line = Dòng trong danh sách
report-xlsx-responsible = Người phụ trách
report-xlsx-deadline = Hạn hoàn thành
report-xlsx-yes = Có
report-xlsx-every-criterion-top-band-level = Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng.
report-xlsx-information = Thông tin
report-xlsx-item = Mục
report-xlsx-value = Giá trị
report-xlsx-form = Biểu mẫu
report-xlsx-governing-body = Cơ quan chủ quản
report-xlsx-unit = Đơn vị
report-xlsx-evaluation-year = Năm đánh giá
report-xlsx-members-all = Thành viên (tổng)
report-xlsx-members-counted = Thành viên được tính
report-xlsx-members-excluded = Thành viên không tính
report-xlsx-rubric = Bộ tiêu chí
report-xlsx-assessed = Ngày xét
report-xlsx-why-this-date = Căn cứ ngày xét
report-xlsx-total-points = Tổng điểm
report-xlsx-level-2 = Mức độ
report-xlsx-outcome = Kết luận
report-xlsx-may-apply-level-2-from = Có thể đề nghị mức độ 2 từ
report-xlsx-place-date = Địa điểm, ngày
report-xlsx-prepared = Người lập biểu
report-xlsx-head-unit = Thủ trưởng đơn vị
report-xlsx-warning = Cảnh báo
report-xlsx-roster-sha256 = Danh sách (sha256)
report-xlsx-rubric-sha256 = Bộ tiêu chí (sha256)

## report/evidence

report-evidence-unit-name-not-given = (chưa có tên đơn vị)
report-evidence-year = năm
report-evidence-evidence-file = Tệp minh chứng
report-evidence-rubric = Bộ tiêu chí
report-evidence-code = Mã
report-evidence-file = Tệp
report-evidence-size = Cỡ
report-evidence-result = Kết quả
report-evidence-matches = khớp
report-evidence-mismatch = KHÔNG KHỚP
report-evidence-not-recorded = chưa ghi
report-evidence-evidence-items = Minh chứng
report-evidence-id = Mã
report-evidence-criterion = Tiêu chí
report-evidence-evidence = Minh chứng
report-evidence-not-applicable = không áp dụng
report-evidence-covered = có minh chứng
report-evidence-no-evidence = THIẾU MINH CHỨNG
report-evidence-suggested = gợi ý
report-evidence-evidence-criterion = Minh chứng theo tiêu chí
report-evidence-problems = Vấn đề
report-evidence-error = lỗi
report-evidence-warning = cảnh báo
report-evidence-no-hashes-sha-256-digests = (--no-hashes: không so mã SHA-256)
report-evidence-no-problem-files-present-place = không có lỗi (tệp có đủ, đúng chỗ
report-evidence-item-s-without-sha-256 = minh chứng chưa ghi SHA-256 — `dvht evidence hash` ghi
report-evidence-no-problem-evidence-complete-untampered = không có lỗi — minh chứng đầy đủ và nguyên vẹn
report-evidence-problem-s-found = lỗi
report-evidence-warning-s = cảnh báo
report-evidence-action = Việc đã làm
report-evidence-added = đã ghi mã mới
report-evidence-unchanged = không đổi
report-evidence-updated-force = đã cập nhật (--force)
report-evidence-file-changed-kept-use-force = TỆP ĐÃ ĐỔI — giữ mã cũ (dùng --force)
report-evidence-skipped-file-problem = bỏ qua (lỗi tệp)
report-evidence-written = mã ghi mới
report-evidence-changed = tệp đã đổi
report-evidence-skipped = bỏ qua
report-evidence-rewrote = đã ghi lại
report-evidence-file-left-unchanged = tệp không thay đổi

## report/district/xlsx

district-xlsx-units = Đơn vị
district-xlsx-no = TT
district-xlsx-folder = Thư mục
district-xlsx-unit-name = Tên đơn vị
district-xlsx-members = Tổng thành viên
district-xlsx-counted = Được tính
district-xlsx-level = Mức công nhận
district-xlsx-lowest-indicator-level = Mức thấp nhất của chỉ tiêu
district-xlsx-total-points = Tổng điểm
district-xlsx-max-points = Điểm tối đa
district-xlsx-outcome = Kết quả
district-xlsx-recognised = Đủ điều kiện công nhận
district-xlsx-provisional = Tạm thời (*)
district-xlsx-warnings = Số cảnh báo
district-xlsx-level-2-from = Có thể đề nghị mức 2 từ
district-xlsx-error = Lỗi
district-xlsx-yes = Có
district-xlsx-no-2 = Không
district-xlsx-outcomes = Kết quả
district-xlsx-units-2 = Số đơn vị
district-xlsx-share = Tỷ lệ
district-xlsx-total = Tổng
district-xlsx-units-outcome = Số đơn vị theo kết quả
district-xlsx-heat-map = Bản đồ nhiệt
district-xlsx-unit = Đơn vị
district-xlsx-error-2 = lỗi
district-xlsx-units-below-level-1 = Số đơn vị chưa đạt mức 1
district-xlsx-points-lost-district = Điểm bị mất (cả địa bàn)
district-xlsx-units-below-top-level = Số đơn vị chưa đạt mức cao nhất
district-xlsx-units-below-maximum = Số đơn vị chưa đạt điểm tối đa
district-xlsx-member-ratios = Tỷ lệ thành viên
district-xlsx-holding-back = Chỉ tiêu kìm hãm
district-xlsx-rank = Hạng
district-xlsx-id = Mã
district-xlsx-indicator = Chỉ tiêu
district-xlsx-units-scored = Số đơn vị được chấm
district-xlsx-below-level-1 = Chưa đạt mức 1
district-xlsx-below-top-level = Chưa đạt mức cao nhất
district-xlsx-points-lost = Điểm bị mất
district-xlsx-below-maximum = Chưa đạt điểm tối đa
district-xlsx-units-short = Đơn vị chưa đạt

## report/district/html

district-html-district-summary-learning-unit-self = BÁO CÁO TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ "ĐƠN VỊ HỌC TẬP"
district-html-as-of = tính đến ngày
district-html-units = đơn vị
district-html-recognised = đủ điều kiện công nhận
district-html-not-recognised = chưa đủ điều kiện
district-html-could-not-read = không đọc được
district-html-outcomes = Kết quả theo mức công nhận
district-html-outcomes-rely-provisional-rubric-thresholds = Kết quả dựa trên một số ngưỡng TẠM THỜI của bộ tiêu chí (xem báo cáo từng đơn vị); cần đối chiếu văn bản.
district-html-indicators-holding-district-back = Chỉ tiêu kìm hãm kết quả của địa bàn
district-html-every-indicator-top-level-points = Mọi chỉ tiêu đạt mức / điểm cao nhất ở mọi đơn vị.
district-html-units-2 = Đơn vị
district-html-units-not-reaching = Đơn vị chưa đạt
district-html-units-0-points = Đơn vị 0 điểm
district-html-heat-map-level-reached-indicator = Bản đồ nhiệt: mức đạt của từng chỉ tiêu
district-html-heat-map-points-criterion = Bản đồ nhiệt: điểm của từng tiêu chí
district-html-unit-unit = Kết quả từng đơn vị
district-html-no = TT
district-html-unit-folder = Đơn vị (thư mục)
district-html-members-counted = Thành viên được tính
district-html-lowest-indicator-level = Mức thấp nhất của chỉ tiêu
district-html-total = Tổng điểm
district-html-outcome = Kết quả
district-html-warnings = Cảnh báo
district-html-notes = Ghi chú
district-html-may-apply-level-2-from = Có thể đề nghị mức độ 2 từ
district-html-error = Lỗi
district-html-made = Lập bằng
district-html-rubric = bộ tiêu chí
district-html-unit = Đơn vị
district-html-error-could-not-read = lỗi: không đọc được
district-html-units-below-level-1 = Số đơn vị chưa đạt mức 1
district-html-points-lost-district = Điểm bị mất (cả địa bàn)
district-html-units-below-top-level = Số đơn vị chưa đạt mức cao nhất
district-html-units-below-maximum = Số đơn vị chưa đạt điểm tối đa
district-html-0-not-reached = 0: không đạt
district-html-0-points = 0 điểm
district-html-level-1 = đạt mức 1
district-html-under-half-maximum = dưới nửa điểm tối đa
district-html-half-maximum-more = từ nửa điểm tối đa
district-html-top-level = đạt mức cao nhất
district-html-maximum = điểm tối đa
district-html-not-applicable = không áp dụng
district-html-not-assessed-red-headings-indicators = · ? chưa đánh giá · cột tô đỏ: chỉ tiêu kìm hãm nhiều nhất
district-html-points = điểm
district-html-and = và
district-html-more = đơn vị khác
district-html-units-outcome = Số đơn vị theo kết quả
district-html-key-indicator-ids = Chú giải mã chỉ tiêu
district-html-tinh-den-ngay = tính đến ngày
district-html-each-unit-own-dossier-date = mỗi đơn vị tính đến ngày của hồ sơ, từ
district-html-den = đến

## report/dossier/proposed

dossier-proposed-dossier-could-not-read = Không đọc được hồ sơ
dossier-proposed-differs-unit-claims = KHÁC: đơn vị tự đánh giá
dossier-proposed-dvht-verifies = dvht kiểm tra được
dossier-proposed-unit-declares-no-claimed-level = chưa khai báo mức tự đánh giá
dossier-proposed-does-not-meet-conditions = chưa đủ điều kiện công nhận
dossier-proposed-every-indicator-reaches-level-2 = mọi chỉ tiêu đạt mức độ 2; được đề nghị mức độ 2 từ ngày
dossier-proposed-relies-provisional-thresholds = (*) dựa trên ngưỡng tạm thời, cần đối chiếu văn bản
dossier-proposed-all = Tổng số
dossier-proposed-units = đơn vị
dossier-proposed-meet-conditions = đủ điều kiện công nhận
dossier-proposed-look-again-differ-from-claim = cần xem lại (khác với tự đánh giá hoặc không đọc được)
dossier-proposed-district-people-s-committee = UBND HUYỆN ……………
dossier-proposed-office-education-training = PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
dossier-proposed-socialist-republic-vietnam = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
dossier-proposed-independence-freedom-happiness = Độc lập - Tự do - Hạnh phúc
dossier-proposed-attached-submission-no-ttr = Kèm theo Tờ trình số ……/TTr-…… ngày …… của Phòng Giáo dục và Đào tạo
dossier-proposed-under = theo
dossier-proposed-no = TT
dossier-proposed-unit = Đơn vị
dossier-proposed-claimed = Mức tự đánh giá
dossier-proposed-verified-dvht = Mức dvht kiểm tra
dossier-proposed-remarks = Ghi chú
dossier-proposed-prepared = NGƯỜI LẬP DANH SÁCH
dossier-proposed-signature-full-name = (Ký, ghi rõ họ tên)
dossier-proposed-head-office = TRƯỞNG PHÒNG
dossier-proposed-signature-full-name-seal = (Ký, ghi rõ họ tên, đóng dấu)
dossier-proposed-list = Danh sách
dossier-proposed-folder = Thư mục
dossier-proposed-differs = Khác tự đánh giá
dossier-proposed-yes = Có
dossier-proposed-units-proposed-recognition-learning-units = DANH SÁCH ĐƠN VỊ ĐỀ NGHỊ CÔNG NHẬN "ĐƠN VỊ HỌC TẬP"
dossier-proposed-year-for = NĂM

## report/markdown

report-md-results = Kết quả
report-md-criterion = Tiêu chí, chỉ tiêu
report-md-measured = Kết quả đo
report-md-band = Khung / mức
report-md-unit-may-apply-level-2 = Đơn vị có thể đề nghị công nhận mức độ 2 từ ngày
report-md-action-plan = Kế hoạch cải thiện
report-md-internal-use = dùng nội bộ
report-md-every-criterion-top-band-level = Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng.
report-md-priority = {" "}(ưu tiên)

## commands/dossier

cmd-dossier-submission-proposing-recognition-level = Tờ trình đề nghị công nhận "Đơn vị học tập" mức độ
cmd-dossier-no-submission-trinh-self-assessment = Không lập Tờ trình: kết quả tự đánh giá chưa đạt mức độ 1, đơn vị chưa đủ điều kiện đề nghị công nhận.
cmd-dossier-self-assessment-report-form-m3 = Báo cáo tự đánh giá (mẫu M3)
cmd-dossier-summary-form-m4-printable = Bản tổng hợp kết quả tự đánh giá (mẫu M4), bản in
cmd-dossier-summary-form-m4-workbook = Bản tổng hợp kết quả tự đánh giá (mẫu M4), bảng tính
cmd-dossier-sheet-per-indicator-form-m1 = Phiếu đánh giá từng chỉ tiêu (mẫu M1)
cmd-dossier-level-per-indicator-form-m2 = Mức độ đạt của các chỉ tiêu (mẫu M2)
cmd-dossier-action-plan-internal = Kế hoạch cải thiện (dùng nội bộ)
cmd-dossier-minutes-self-assessment-meeting = Biên bản họp tự đánh giá
cmd-dossier-self-assessment-report = Báo cáo tự đánh giá
cmd-dossier-score-sheet-printable = Biểu điểm tự đánh giá, bản in
cmd-dossier-score-sheet-workbook = Biểu điểm tự đánh giá, bảng tính
cmd-dossier-no = Không có
cmd-dossier-beside-roster-descriptions-strengths-weaknesses = bên cạnh danh sách: phần mô tả, điểm mạnh, điểm yếu, kế hoạch để dòng chấm để viết tay (`dvht init` tạo tệp mẫu).
cmd-dossier-dossier-written = Đã ghi hồ sơ vào
cmd-dossier-files = tệp
cmd-dossier-index-sha-256-each-file = Mục lục, SHA-256 của từng tệp
cmd-dossier-dossier-index-learning-unit = MỤC LỤC HỒ SƠ "ĐƠN VỊ HỌC TẬP"
cmd-dossier-unit = Đơn vị
cmd-dossier-rubric = Bộ tiêu chí
cmd-dossier-self-assessed-outcome = Kết quả tự đánh giá
cmd-dossier-as-of = Ngày xét
cmd-dossier-made = lập bằng
cmd-dossier-sent-dossier = Hồ sơ gửi cấp có thẩm quyền
cmd-dossier-kept-unit = Lưu tại đơn vị
cmd-dossier-bytes = byte
cmd-dossier-notes = Ghi chú
cmd-dossier-check-file-sha256sum-file-windows = Kiểm tra một tệp: sha256sum TÊN-TỆP (Windows: certutil -hashfile TÊN-TỆP SHA256) rồi so với mã ở trên.

## report/rubric/text

rubric-text-version = phiên bản
rubric-text-kind = Loại
rubric-text-legal-basis = Căn cứ pháp lý
rubric-text-source = Nguồn
rubric-text-file = Tệp
rubric-text-provisional-values = Giá trị tạm thời
rubric-text-group = Nhóm
rubric-text-other-criteria = Tiêu chí khác
rubric-text-reads = Đọc
rubric-text-does-not-apply-unit-kinds = Không áp dụng cho loại đơn vị
rubric-text-scoring = Cách chấm
rubric-text-sub-items-information-only = Mục con (chỉ để thông tin)
rubric-text-suggested-evidence = Minh chứng gợi ý
rubric-text-classification-total = Xếp loại theo tổng điểm
rubric-text-points = điểm
rubric-text-recognised = được công nhận
rubric-text-not-recognised = không được công nhận
rubric-text-recognition = Công nhận
rubric-text-unit-reaches-level-l-when = Đơn vị đạt mức L khi mọi chỉ tiêu áp dụng đạt mức L
rubric-text-level-2-only-after-least = Mức độ 2 chỉ sau ít nhất
rubric-text-months-since-previous-recognition-decision = tháng kể từ quyết định công nhận trước
rubric-text-recognition-stays-valid = Kết quả công nhận được bảo lưu
rubric-text-months-after-year-granted = tháng sau năm công nhận
rubric-text-levels = Các mức

## report/district/calendar

district-calendar-units-that-may-propose-level = Đơn vị có thể đề nghị công nhận mức độ 2 trong năm
district-calendar-none = Không có đơn vị nào.
district-calendar-no = TT
district-calendar-unit = Đơn vị
district-calendar-recognition-decision = Quyết định công nhận
district-calendar-level-2-from = Được đề nghị mức độ 2 từ
district-calendar-indicators-now-reach = Mức các chỉ tiêu hiện đạt
district-calendar-recognitions-that-lapse = Kết quả công nhận hết thời hạn bảo lưu trong năm
district-calendar-retained = Thời hạn bảo lưu
district-calendar-recognition-calendar = Lịch công nhận
district-calendar-list = Danh sách
district-calendar-folder = Thư mục
district-calendar-unit-name = Tên đơn vị
district-calendar-level-2-from-2 = Đề nghị mức độ 2 từ
district-calendar-retained-until = Bảo lưu đến
district-calendar-may-propose-level-2 = Có thể đề nghị mức độ 2 năm
district-calendar-lapse = Hết thời hạn bảo lưu năm
district-calendar-level = mức độ
district-calendar-lapsed-since = đã hết hạn từ
district-calendar-lapses-after = hết hạn sau

## report/diff

rubric-diff-title = tên
rubric-diff-group = nhóm
rubric-diff-max-points = điểm tối đa
rubric-diff-members-count-when = thành viên được tính là đạt khi
rubric-diff-not-applicable = không áp dụng cho
rubric-diff-threshold-least = ngưỡng để được từ
rubric-diff-points = điểm
rubric-diff-level = ngưỡng mức
rubric-diff-conditions = điều kiện
rubric-diff-scored-differently = cách chấm khác nhau
rubric-diff-kind = loại
rubric-diff-point-bands-are-compared-levels = khung điểm được so với các mức độ
rubric-diff-maximum-total = tổng điểm tối đa
rubric-diff-grade = xếp loại
rubric-diff-months-before-level-2-may = số tháng chờ trước khi xét mức độ 2
rubric-diff-months-recognition-stays-valid = số tháng bảo lưu kết quả
rubric-diff-unchanged = Không đổi
rubric-diff-summary = Tóm tắt
rubric-diff-removed = bỏ
rubric-diff-added = thêm
rubric-diff-renamed = đổi mã
rubric-diff-inputs-changed = đổi đầu vào
rubric-diff-thresholds-scoring-changed = đổi ngưỡng hoặc cách chấm
rubric-diff-none = không có

## report/batch

report-batch-rubric = Bộ tiêu chí
report-batch-folder = Thư mục
report-batch-each-unit-when-given-else = Ngày xét: mỗi đơn vị theo --as-of, nếu có; nếu không, theo ngày nộp hồ sơ (`[unit] submitted_on`); nếu không, ngày sớm hơn giữa hôm nay và hạn nộp hồ sơ (ngày 15 tháng 01 năm sau năm đánh giá)
report-batch-unit = Đơn vị
report-batch-members = Thành viên
report-batch-total = Tổng điểm
report-batch-level = Mức độ
report-batch-outcome = Kết quả
report-batch-warnings = Cảnh báo
report-batch-as-of = Ngày xét
report-batch-evidence-problems = Lỗi minh chứng
report-batch-error-see-below = LỖI (xem bên dưới)
report-batch-summary = Tổng hợp
report-batch-units = đơn vị
report-batch-recognised = Được công nhận
report-batch-not-recognised = Không được công nhận
report-batch-errors = Lỗi
report-batch-in = ở
report-batch-units-that-could-not-read = Đơn vị không đọc được

## report/compare

compare-not-applicable = không áp dụng
compare-not-reached = Không đạt
compare-level = Mức
compare-provisional = {" "}(tạm thời)
compare-not-assessed = chưa đánh giá
compare-recognised = được công nhận
compare-not-recognised = không được công nhận
compare-provisional-thresholds = {" "}(ngưỡng tạm thời)
compare-measures = Đo gì
compare-measured = Giá trị đo
compare-result = — kết quả
compare-no-such-criterion = (không có tiêu chí này)
compare-outcome = KẾT QUẢ
compare-reach-next-band-level-under = Để lên khung / mức tiếp theo theo
compare-needs = cần thêm
compare-more-member-s-reach = thành viên đạt để tới
compare-warnings = Cảnh báo
compare-more-member-s-reach-2 = thành viên đạt để tới

## report/rubric/markdown

rubric-md-version = Phiên bản
rubric-md-kind = Loại
rubric-md-legal-basis = Căn cứ pháp lý
rubric-md-source = Nguồn
rubric-md-file = Tệp
rubric-md-provisional-values = Giá trị tạm thời
rubric-md-group = Nhóm
rubric-md-other-criteria = Tiêu chí khác
rubric-md-reads = Đọc
rubric-md-does-not-apply-unit-kinds = Không áp dụng cho loại đơn vị
rubric-md-condition = Điều kiện
rubric-md-result = Kết quả
rubric-md-sub-items-information-only = Mục con (chỉ để thông tin)
rubric-md-suggested-evidence = Minh chứng gợi ý

## report/rubric/list

rubric-list-id = Mã
rubric-list-title = Tên
rubric-list-kind = Loại
rubric-list-legal-basis = Căn cứ pháp lý
rubric-list-provisional = Tạm thời
rubric-list-origin-status = Nguồn / trạng thái
rubric-list-built = có sẵn
rubric-list-same-built = {" "}(giống hệt bộ có sẵn)
rubric-list-built-has-this-id-rubric = {" "}— trùng mã bộ có sẵn: `--rubric` chọn bộ có sẵn
rubric-list-error-s = lỗi
rubric-list-warning-s-dvht-rubric-lint = cảnh báo (dvht rubric lint)
rubric-list-unusable = (không dùng được)
rubric-list-exact-copies-built-ins-not = Bản sao giống hệt bộ có sẵn (không liệt kê lại)
rubric-list-rubric-folders-none-use-rubrics = Thư mục tiêu chí: không có (dùng --rubrics-dir DIR, biến DVHT_RUBRICS, hoặc tạo ./rubrics)
rubric-list-no-such-folder = {" "}(không có thư mục này)
rubric-list-rubric-folders = Thư mục tiêu chí

## commands/init

cmd-init-created = Đã tạo
cmd-init-columns = cột
cmd-init-facts = dữ kiện
cmd-init-unit-s-words-per-criterion = lời của đơn vị cho từng tiêu chí: mô tả, điểm mạnh, điểm yếu, kế hoạch
cmd-init-next = Tiếp theo
cmd-init-replace-two-sample-rows-real = thay hai dòng mẫu trong danh sách bằng các thành viên thật (mở bằng Excel được)
cmd-init-fill-unit-uncomment-facts-evidence = điền [unit] và bỏ dấu # ở các dữ kiện trong evidence.toml
cmd-init-write-self-assessment-tu-danh = viết phần tự đánh giá vào tu-danh-gia.toml, rồi lập hồ sơ: dvht dossier THƯ-MỤC --rubric …

## report/district/model

district-model-not-applicable = Không áp dụng
district-model-not-reached = Không đạt
district-model-level = Đạt mức
district-model-not-assessed = chưa đánh giá
district-model-could-not-read-error = Không đọc được (lỗi)

## calendar

calendar-submitted = ngày nộp
calendar-deadline = hạn nộp
calendar-today = hôm nay
calendar-assessed = Ngày xét

## report/dossier

dossier-not-reached = Không đạt
dossier-level = Đạt mức độ
dossier-year-for = năm
dossier-no = Số
dossier-socialist-republic-vietnam = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
dossier-independence-freedom-happiness = Độc lập - Tự do - Hạnh phúc
dossier-principal = HIỆU TRƯỞNG
dossier-head-unit = THỦ TRƯỞNG ĐƠN VỊ
dossier-signature-full-name-seal = (Ký, ghi rõ họ tên, đóng dấu)
dossier-not-applicable-this-kind-unit = Không áp dụng đối với loại đơn vị này
dossier-not-assessed-unit-has-not = Chưa đánh giá: đơn vị chưa khai báo dữ kiện trong evidence.toml
dossier-not-assessed-no-counted-member = Chưa đánh giá: không có thành viên được tính
dossier-members = thành viên
dossier-no-evidence = chưa có minh chứng
dossier-roster = danh sách
dossier-rubric = bộ tiêu chí
dossier-figures-made = Số liệu lập bằng
dossier-as-of = tính đến ngày
dossier-from = Căn cứ
dossier-notes = Ghi chú

## report/rubric

rubric-show-points = tính điểm
rubric-show-levels = theo mức độ
rubric-show-provisional = {" "}(TẠM THỜI)
rubric-show-column = cột
rubric-show-share-counted-members-meeting = tỷ lệ thành viên được tính đáp ứng
rubric-show-and = {" "}và{" "}
rubric-show-unit-facts = dữ kiện của đơn vị
rubric-show-points-2 = điểm
rubric-show-gap-scored-next-lower-band = khoảng trống: tính theo khoảng thấp hơn liền kề, kèm cảnh báo
rubric-show-gap-0-points-warning = khoảng trống: 0 điểm, kèm cảnh báo
rubric-show-gap = khoảng trống
rubric-show-level = Mức
rubric-show-otherwise = mọi trường hợp khác
rubric-show-provisional-2 = {" "}(tạm thời)
rubric-show-max = tối đa
rubric-show-built-into-dvht = có sẵn trong dvht
rubric-show-none = không

## vocab

vocab-yes = Có
vocab-no = Không
vocab-not-given = Chưa khai báo

## rubric

rubric-no = không
rubric-or = {" "}hoặc{" "}
rubric-higher = trở lên
rubric-level = Mức

## rubric/finding

rubric-finding-error = lỗi
rubric-finding-warning = cảnh báo
rubric-finding-info = thông tin

## commands/batch

cmd-batch-warning = cảnh báo
cmd-batch-and = và
cmd-batch-note = Ghi chú
cmd-batch-folder-s-hold-no-roster = thư mục không có danh sách (roster.csv/.xlsx/.xls/.ods) nên không phải đơn vị, đã bỏ qua
cmd-batch-s = /giây

## commands/evidence

cmd-evidence-hashing = Băm SHA-256

## evidence

evidence-unknown-supports = `supports` nêu `{ $name }`, không phải dữ kiện hay cột danh sách nào
evidence-unknown-supports-hint = `supports` nêu `{ $name }`, không phải dữ kiện hay cột danh sách nào (`{ $suggestion }`?)
evidence-invalid-sha256 = `sha256 = "{ $value }"` không phải mã SHA-256 (64 ký tự hex); `dvht evidence hash --force` ghi lại
evidence-duplicate-code = mã minh chứng đã dùng ở dòng { $first_line }
evidence-supports-nothing = minh chứng không chứng minh dữ kiện hay cột nào (`supports` trống)
evidence-bad-path = `{ $file }`: { $reason }
evidence-outside-folder = `{ $file }` dẫn ra ngoài thư mục hồ sơ (tới `{ $target }`); không đọc tệp này
evidence-duplicate-file = `{ $file }` là cùng tệp với minh chứng `{ $first_code }`
evidence-dangling-link = `{ $file }` là liên kết tới tệp không tồn tại
evidence-missing-file = không có tệp `{ $file }`
evidence-is-folder = `{ $file }` là thư mục, không phải tệp
evidence-not-regular = `{ $file }` không phải tệp thông thường
evidence-unreadable-file = không đọc được `{ $file }`: { $reason }
evidence-empty-file = `{ $file }` rỗng (0 byte)
evidence-name-normalization = tên `{ $file }` chỉ khớp với `{ $on_disk }` trên đĩa khi so ở dạng Unicode NFC; nên đặt lại tên tệp ở dạng NFC
evidence-normalization-conflict = `{ $file }` và `{ $other }` chỉ khác nhau ở dạng chuẩn hóa Unicode (NFC/NFD): máy khác sẽ coi là một tệp
evidence-hash-mismatch = `{ $file }` đã thay đổi: SHA-256 là { $actual }, hồ sơ ghi { $expected }
evidence-no-evidence-for-criterion = tiêu chí { $criterion } không có minh chứng cho { $inputs }
evidence-no-evidence-broken = {" "}(minh chứng có lỗi: { $items })
evidence-no-evidence-suggested = ; gợi ý: { $suggestions }
evidence-unreferenced-file = `{ $file }` không được minh chứng nào nêu
evidence-path-empty = đường dẫn trống
evidence-path-absolute = đường dẫn tuyệt đối; hãy viết đường dẫn tương đối so với thư mục của evidence.toml
evidence-path-drive-letter = đường dẫn có ký tự ổ đĩa (`C:`); hãy viết đường dẫn tương đối
evidence-path-unc = đường dẫn mạng (UNC `\\máy\thư-mục`); hãy chép tệp vào hồ sơ
evidence-path-verbatim = đường dẫn đặc biệt của Windows (`\\?\`, `\\.\`)
evidence-path-tilde = đường dẫn bắt đầu bằng `~` (thư mục cá nhân)
evidence-path-backslash = có dấu `\`; hãy dùng `/` để phân cách thư mục
evidence-path-control-char = có ký tự điều khiển
evidence-path-parent-escape = `..` đưa ra ngoài thư mục của evidence.toml
evidence-path-dot-dot = có `..`; hãy viết đường dẫn trực tiếp
evidence-path-forbidden-char = có ký tự `{ $char }`, Windows không cho phép trong tên tệp
evidence-path-device-name = `{ $name }` là tên thiết bị của Windows, không dùng được làm tên tệp
evidence-path-trailing-dot-or-space = tên `{ $name }` kết thúc bằng dấu chấm hoặc khoảng trắng (Windows bỏ đi)

## calendar (lines)

calendar-data-period = Số liệu
calendar-data-period-range = từ { $from } đến { $to }
calendar-data-period-unknown = không rõ (evidence.toml không ghi `[unit] year`)
calendar-submitted-on-time = ; hồ sơ ghi ngày nộp { $date } (đúng hạn)
calendar-submitted-late = ; hồ sơ ghi ngày nộp { $date } (quá hạn)
calendar-dossier-deadline = Hạn nộp hồ sơ
calendar-level-2-proposed = Đề nghị mức độ 2
calendar-retained-until = đến { $until } ({ $months } tháng sau năm công nhận { $year })
calendar-retained-until-lapsed = đến { $until } ({ $months } tháng sau năm công nhận { $year }): đã hết hạn
calendar-recognition-retained = Bảo lưu kết quả công nhận
calendar-due-today = hôm nay là ngày cuối
calendar-days-left = còn { $days } ngày
calendar-days-overdue = đã quá hạn { $days } ngày
calendar-level-2-from = từ { $from } ({ $months } tháng sau quyết định { $decided }, công nhận mức độ { $level })
calendar-level-2-from-decision = từ { $from } ({ $months } tháng sau quyết định { $decision } { $decided }, công nhận mức độ { $level })
calendar-level-2-no-recognition = chưa có quyết định công nhận mức độ 1 (`[recognition]` trong evidence.toml); mức độ 2 được đề nghị sau ít nhất { $months } tháng kể từ quyết định đó

## report/dossier/levels

dossier-levels-criterion = Tiêu chí
dossier-levels-indicator = Chỉ tiêu
dossier-levels-submission = TỜ TRÌNH
dossier-levels-submission-subtitle = Về việc đề nghị đánh giá, công nhận "Đơn vị học tập" mức độ { $level }{ $year }
dossier-levels-submission-request = { $unit } kính trình Phòng Giáo dục và Đào tạo xem xét, thẩm định hồ sơ và trình cấp có thẩm quyền quyết định công nhận đơn vị đạt "Đơn vị học tập" mức độ { $level }{ $year }.
dossier-levels-report-subtitle-recognition = Đề nghị công nhận "Đơn vị học tập"{ $year }
dossier-levels-report-subtitle-classification = Đánh giá, xếp loại "Đơn vị học tập"{ $year }
dossier-levels-to = Kính gửi
dossier-levels-district-office-education-training = Phòng Giáo dục và Đào tạo ……………………
dossier-levels-under = Căn cứ
dossier-levels-assessing-recognising-learning-units = quy định về đánh giá, công nhận "Đơn vị học tập"
dossier-levels-under-decision-recognising-unit-learning = Căn cứ quyết định công nhận "Đơn vị học tập" mức độ
dossier-levels-no = số{" "}
dossier-levels-date-of = ngày
dossier-levels-under-self-assessment = Căn cứ kết quả tự đánh giá của
dossier-levels-self-assessment-report-form-m3 = Báo cáo tự đánh giá mẫu M3 và Bản tổng hợp kết quả mẫu M4 kèm theo
dossier-levels-self-assessment = Kết quả tự đánh giá:
dossier-levels-indicators-reach = chỉ tiêu
dossier-levels-indicator-s-not-applicable = chỉ tiêu không áp dụng
dossier-levels-members = Thành viên
dossier-levels-all = người
dossier-levels-counted-ratios = được tính vào tỷ lệ
dossier-levels-excluded = không tính
dossier-levels-every-indicator-reaches-level = Mọi chỉ tiêu đạt mức độ
dossier-levels-unit-may-apply-level-2 = đơn vị có thể đề nghị công nhận mức độ 2 từ ngày
dossier-levels-attached = Hồ sơ kèm theo:
dossier-levels-self-assessment-report-form-m3-2 = Báo cáo tự đánh giá, công nhận "Đơn vị học tập" (mẫu M3);
dossier-levels-summary-self-assessment-criterion-indicator = Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (mẫu M4).
dossier-levels-respectfully-submitted = Kính trình Phòng Giáo dục và Đào tạo xem xét./.
dossier-levels-copies = Nơi nhận:
dossier-levels-above = Như trên;
dossier-levels-file-office = Lưu: VT.
dossier-levels-form-m1 = Mẫu M1
dossier-levels-indicator-self-assessment-sheet = PHIẾU ĐÁNH GIÁ CHỈ TIÊU
dossier-levels-unit = Đơn vị
dossier-levels-1-description-what-indicator-means = 1. Mô tả hiện trạng (nội hàm của chỉ tiêu ở đơn vị)
dossier-levels-2-figures = 2. Số liệu
dossier-levels-3-strengths = 3. Điểm mạnh
dossier-levels-4-weaknesses = 4. Điểm yếu
dossier-levels-5-improvement-plan = 5. Kế hoạch cải tiến chất lượng
dossier-levels-6-evidence = 6. Minh chứng
dossier-levels-no-evidence-listed-evidence-toml = Chưa có minh chứng trong evidence.toml.
dossier-levels-code = Mã minh chứng
dossier-levels-title = Tên minh chứng
dossier-levels-7-self-assessment = 7. Tự đánh giá
dossier-levels-assessor = NGƯỜI ĐÁNH GIÁ
dossier-levels-signature-full-name = (Ký, ghi rõ họ tên)
dossier-levels-form-m2 = Mẫu M2
dossier-levels-level-reached-each-indicator = BẢNG TỔNG HỢP MỨC ĐỘ ĐẠT CỦA CÁC CHỈ TIÊU
dossier-levels-no-2 = TT
dossier-levels-criterion-indicator = Tiêu chí, chỉ tiêu
dossier-levels-not-reached = Không đạt
dossier-levels-level-2 = Mức
dossier-levels-note = Ghi chú
dossier-levels-not-applicable = Không áp dụng
dossier-levels-not-assessed = chưa đánh giá
dossier-levels-unit-s-outcome = Kết quả chung của đơn vị
dossier-levels-self-assessment-team = T/M TỔ TỰ ĐÁNH GIÁ
dossier-levels-team-leader = TỔ TRƯỞNG
dossier-levels-form-m3 = Mẫu M3
dossier-levels-self-assessment-report = BÁO CÁO TỰ ĐÁNH GIÁ
dossier-levels-i-general-information = I. THÔNG TIN CHUNG
dossier-levels-evaluation-year = Năm đánh giá
dossier-levels-figures-from = số liệu tính từ ngày
dossier-levels-date-to = đến ngày
dossier-levels-excluded-reason = không tính (có lý do)
dossier-levels-rubric = Bộ tiêu chí
dossier-levels-introduction = Đặt vấn đề
dossier-levels-ii-self-assessment = II. TỰ ĐÁNH GIÁ
dossier-levels-description = a) Mô tả hiện trạng
dossier-levels-b-figures = b) Số liệu
dossier-levels-band = Khung đạt
dossier-levels-c-strengths = c) Điểm mạnh
dossier-levels-d-weaknesses = d) Điểm yếu
dossier-levels-e-improvement-plan = đ) Kế hoạch cải tiến chất lượng
dossier-levels-f-evidence = e) Minh chứng
dossier-levels-g-self-assessed = g) Tự đánh giá
dossier-levels-iii-conclusion = III. KẾT LUẬN
dossier-levels-item = Nội dung
dossier-levels-result = Kết quả
dossier-levels-indicators = Số chỉ tiêu
dossier-levels-indicators-not-applicable = Số chỉ tiêu không áp dụng
dossier-levels-total = Tổng điểm
dossier-levels-self-assessed-outcome = Kết quả tự đánh giá
dossier-levels-against-rules = Đối chiếu với quy định,
dossier-levels-self-assesses = tự đánh giá xếp loại
dossier-levels-does-not-yet-meet-conditions = chưa đủ điều kiện đề nghị công nhận "Đơn vị học tập".
dossier-levels-conclusion-request = Kết luận và đề nghị
dossier-levels-b-figures-2 = b) Số liệu
dossier-levels-band-2 = Khung đạt

## report/dossier/plan

dossier-plan-action-plan = KẾ HOẠCH CẢI THIỆN
dossier-plan-internal-use-not-part-dossier = Dùng nội bộ, không thuộc hồ sơ đề nghị công nhận; tính đến ngày
dossier-plan-every-criterion-top-band-level = Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng: không có việc cần làm.
dossier-plan-member-s = người
dossier-plan-no = TT
dossier-plan-indicator = Chỉ tiêu
dossier-plan-now = Hiện tại
dossier-plan-goal = Mục tiêu
dossier-plan-needs = Cần thêm
dossier-plan-ids-bold-priority-indicators-unit = Mã in đậm (ưu tiên): chỉ tiêu đang ở mức thấp nhất của đơn vị — chính nó quyết định kết quả chung.
dossier-plan-priority = {" "}(ưu tiên)
dossier-plan-members-not-meeting = Thành viên chưa đạt
dossier-plan-unit-s-plan = Kế hoạch của đơn vị
dossier-plan-responsible = Người phụ trách
dossier-plan-deadline = Hạn hoàn thành
dossier-plan-signature-full-name = (Ký, ghi rõ họ tên)

## report/dossier/points

dossier-points-minutes = BIÊN BẢN
dossier-points-meeting-self-assessment-council-learning = Họp Hội đồng tự đánh giá, xếp loại "Đơn vị học tập"
dossier-points-at-time = Vào hồi
dossier-points-at-place = tại
dossier-points-held-meeting-self-assessment-council = tổ chức họp Hội đồng tự đánh giá, xếp loại "Đơn vị học tập".
dossier-points-i-present = I. THÀNH PHẦN
dossier-points-chair = Chủ trì
dossier-points-secretary = Thư ký
dossier-points-members-present = Thành viên dự họp
dossier-points-members-unit = thành viên của đơn vị
dossier-points-ii-business = II. NỘI DUNG
dossier-points-council-reviewed-members-self-assessments = Hội đồng rà soát kết quả tự đánh giá của các thành viên và các minh chứng, đối chiếu với
dossier-points-agreed-points-each-criterion-follows = và thống nhất chấm điểm từng tiêu chí như sau:
dossier-points-no = TT
dossier-points-criterion = Tiêu chí
dossier-points-measured = Kết quả đo
dossier-points-points = Điểm
dossier-points-total = Tổng điểm
dossier-points-discussion = Ý kiến thảo luận
dossier-points-iii-conclusion = III. KẾT LUẬN
dossier-points-council-agreed-that = Hội đồng thống nhất tự đánh giá
dossier-points-scores = đạt
dossier-points-classified = xếp loại
dossier-points-reaches = đạt
dossier-points-minutes-were-read-approved-council = Biên bản được thông qua trước Hội đồng; cuộc họp kết thúc vào hồi …… giờ …… cùng ngày./.
dossier-points-secretary-2 = THƯ KÝ
dossier-points-signature-full-name = (Ký, ghi rõ họ tên)
dossier-points-chair-2 = CHỦ TRÌ
dossier-points-signature-full-name-seal = (Ký, ghi rõ họ tên, đóng dấu)

## report/district (figures)

district-html-figure-levels = { $failing }/{ $scored } đơn vị chưa đạt mức 1, { $short }/{ $scored } chưa đạt mức cao nhất
district-html-figure-points = mất { $lost } điểm trên toàn địa bàn; { $short }/{ $scored } đơn vị chưa đạt điểm tối đa

## report/dossier (levels)

dossier-levels-self-assesses-level = tự đánh giá đạt "Đơn vị học tập" mức độ { $level }.

## rubric/validity

rubric-validity-superseded-by = ; thay thế bằng `{ $by }`

## report/summary

summary-not-applicable = Không áp dụng
summary-not-reached = Không đạt
summary-level = Đạt mức
summary-not-assessed = chưa đánh giá
summary-add-unit-s-facts-facts = Bổ sung dữ kiện của đơn vị vào mục [facts] của evidence.toml để tiêu chí được đánh giá.
summary-roster-has-no-counted-member = Danh sách chưa có thành viên được tính.
summary-points = điểm
summary-unit-level-needs = Cấp đơn vị: cần đạt
summary-add-evidence-this-criterion-council = Bổ sung minh chứng cho tiêu chí này (hội đồng đánh giá cần minh chứng cụ thể).
summary-year-for = NĂM
summary-form-m4 = Mẫu M4
summary-summary-self-assessment-learning-unit = BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU "ĐƠN VỊ HỌC TẬP"
summary-self-assessment-score-sheet-learning = BIỂU ĐIỂM TỰ ĐÁNH GIÁ "ĐƠN VỊ HỌC TẬP"
summary-unit-name-not-given = (chưa có tên đơn vị)
summary-recognised = đề nghị công nhận
summary-not-recognised = chưa đủ điều kiện công nhận
summary-classification = Xếp loại
summary-outcome = Kết quả
summary-under = Theo
summary-relies-provisional-thresholds-tool-has = (*) Dựa trên ngưỡng TẠM THỜI: ngưỡng mức độ 2 của Thông tư 24/2023/TT-BGDĐT chưa được công cụ đối chiếu với văn bản; cần đối chiếu trước khi nộp.
summary-relies-provisional-thresholds-tool-has-2 = (*) Dựa trên ngưỡng TẠM THỜI: ngưỡng xếp loại theo tổng điểm (Thông tư 22/2020/TT-BGDĐT) chưa được công cụ đối chiếu với văn bản; cần đối chiếu trước khi nộp.
summary-level-2 = Đạt mức
summary-points-2 = điểm
summary-points-3 = điểm

## output (-o FILE: the input it would overwrite)

output-input-folder = thư mục
output-input-roster = danh sách
output-input-rubric = bộ tiêu chí
output-input-evidence-toml = tệp minh chứng
output-input-evidence-file = tệp minh chứng

## report/diff (sections)

rubric-diff-section-removed = Bỏ
rubric-diff-section-added = Thêm
rubric-diff-section-renamed = Đổi mã (cùng dữ liệu đầu vào)
rubric-diff-section-inputs-changed = Cùng mã, đổi dữ liệu đầu vào
rubric-diff-section-same = Cùng mã, cùng dữ liệu đầu vào

## report/reached

report-reached-not-met = không đạt
report-reached-provisional = {" "}(tạm thời)
report-reached-level-not-met-provisional = ; chưa đạt mức { $level } (ngưỡng tạm thời)

## warnings (score, roster: the `warnings` of every report)

roster-line-word = dòng { $line }
roster-row-word = hàng { $line }
warning-likely-duplicate = { $at }: có thể trùng: `{ $name }` ({ $role }) ở { $first } và { $line }, không có mã để phân biệt; nếu là một người, hãy xoá một dòng, nếu là hai người, hãy ghi mã
warning-roster-footer = { $at }: danh sách kết thúc ở { $line } (`{ $text }`): dòng này và các dòng sau không phải thành viên{ $more }
warning-roster-footer-more = ; chú ý: { $after } dòng sau đó có họ tên và dữ liệu — nếu họ là thành viên, hãy xoá dòng kết thúc
warning-excluded-no-reason = { $at }: `{ $name }` không được tính (ô Không tính ghi `{ $typed }`) nhưng không ghi lý do; hãy ghi lý do (nghỉ thai sản, hợp đồng dưới 12 tháng…), hoặc ghi `Không` nếu người này được tính
warning-rubric-not-in-force-until = bộ tiêu chí `{ $rubric }` chỉ áp dụng cho năm đánh giá có số liệu kết thúc đến { $until }; năm đánh giá { $year } nằm ngoài thời hạn đó{ $cite }
warning-rubric-not-in-force-from = bộ tiêu chí `{ $rubric }` áp dụng từ { $from }; năm đánh giá { $year } kết thúc trước ngày đó{ $source }
warning-missing-fact = thiếu dữ kiện { $facts } trong [facts]: chưa đánh giá
warning-no-case = giá trị không ứng với mức nào của bộ tiêu chí: 0 điểm
warning-empty-denominator = không có thành viên nào được tính: chưa đánh giá
warning-band-gap = { $num }/{ $den } nằm trong khoảng trống của thang điểm; { $note } → { $points } điểm
warning-band-gap-note = tỷ lệ nằm ngoài mọi mức của văn bản
warning-not-applicable = không áp dụng cho loại đơn vị `{ $kind }`
warning-no-evidence-broken = ; minh chứng không dùng được — { $items }
warning-no-evidence-strict = không có minh chứng hợp lệ (--strict-evidence): tính 0 điểm / không đạt{ $why }
warning-no-evidence = không có minh chứng hợp lệ nào hỗ trợ ({ $inputs }){ $why }
warning-excluded-members = { $count } thành viên không tính vào tỷ lệ: { $reasons }
warning-rubric-differs-from-builtin = tệp bộ tiêu chí `{ $file }` mang mã `{ $id }` của bộ tiêu chí có sẵn nhưng nội dung khác bộ có sẵn: kết quả không phải theo bộ `{ $id }` chính thức; hãy đặt mã riêng cho tệp (`id = "..."`)
warning-no-manifest = không có tệp evidence.toml: các tiêu chí cấp đơn vị "chưa đánh giá" (0 điểm / không đạt) và không đếm được minh chứng
warning-evidence-file = minh chứng { $code } không được tính: { $reason }
warning-provisional-classification = ngưỡng xếp loại ({ $grades }) là TẠM THỜI: { $source }
warning-level-2-too-soon = mọi chỉ tiêu đạt mức độ 2, nhưng quyết định công nhận { $decided } chưa đủ { $months } tháng tính đến { $as_of }: đơn vị được công nhận mức độ 1 và có thể đề nghị mức độ 2 từ { $from }
warning-prior-recognition-expired = quyết định công nhận { $decided } đã hết thời hạn bảo lưu ({ $months } tháng sau năm công nhận, đến { $until }): đơn vị được xét mức độ 1
warning-level-2-needs-prior-recognition = mọi chỉ tiêu đạt mức độ 2, nhưng đơn vị chưa có quyết định công nhận nào đến { $as_of } (mục `[recognition]` trong evidence.toml); mức độ 2 chỉ được xét sau ít nhất { $months } tháng kể từ quyết định công nhận mức độ 1: đơn vị được xét mức độ 1
warning-provisional-level-2 = ngưỡng mức độ 2 là TẠM THỜI (điều khoản mức độ 2 của Thông tư 24/2023/TT-BGDĐT chưa được đối chiếu); kết quả mức độ 2 cần đối chiếu văn bản

## rubric lint: findings (rubric/validate, ctx, keys, range, validity)

rubric-lint-in-criterion = tiêu chí `{ $id }`: { $message }
rubric-lint-not-exact-decimal = `{ $value }` không phải là số thập phân chính xác; hãy viết dạng chuỗi, ví dụ "7.5", hoặc số nguyên
rubric-lint-negative-points = điểm `{ $points }` âm; điểm phải từ 0 trở lên
rubric-lint-missing-source = { $what } không có `source`: hãy ghi văn bản, mục và trích dẫn làm căn cứ
rubric-lint-ignored-key = khóa `{ $key }` bị bỏ qua: { $why }
rubric-lint-did-you-mean = {" "}(có phải ý bạn là `{ $suggestion }`?)
rubric-lint-unknown-fact = không có dữ kiện `{ $name }`{ $hint }; các dữ kiện: { $known }
rubric-lint-not-yes-no-column = `{ $name }` không phải cột có/không của danh sách thành viên{ $hint }; các cột: { $known }
rubric-lint-not-a-value = `{ $value }` không phải giá trị của `{ $fact }`; chấp nhận: { $accepted }
rubric-lint-condition-one-test = điều kiện cần đúng một trong `equals`, `one_of`, `at_least`
rubric-lint-condition-not-ordered = `{ $key }` chỉ dùng cho dữ kiện có danh sách giá trị; `{ $fact }` là true/false: dùng `equals = true`
rubric-lint-condition-compares-with = giá trị so sánh của `{ $fact }` phải là: { $accepted }
rubric-lint-toml-shape = giá trị không đúng kiểu hoặc thiếu khóa bắt buộc: { $message }
rubric-lint-invalid-file = tệp tiêu chí không hợp lệ
rubric-lint-shadows-builtin = mã `{ $id }` trùng với bộ tiêu chí có sẵn `{ $builtin }`: `--rubric { $id }` sẽ chọn bộ có sẵn; hãy đặt mã riêng (ví dụ `{ $builtin }-tinh`)
rubric-lint-provisional = các giá trị đánh dấu tạm thời (`provisional = true`): { $list }; mọi kết quả dựa vào chúng đều ghi rõ
rubric-lint-invalid-kind = `kind = "{ $kind }"` không hợp lệ; chấp nhận: points (tính điểm), levels (theo mức độ)
rubric-lint-invalid-rubric-id = mã bộ tiêu chí `{ $id }` không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và `-`, `_`, `.` ở giữa, ví dụ `tinh-mau-2024`
rubric-lint-invalid-group-id = mã nhóm `{ $id }` không hợp lệ: đánh số như văn bản, các phần (chữ hoặc số) cách nhau bằng một dấu chấm, ví dụ `2.4`
rubric-lint-invalid-criterion-id = mã tiêu chí `{ $id }` không hợp lệ: đánh số như văn bản, các phần (chữ hoặc số) cách nhau bằng một dấu chấm, ví dụ `2.4`
rubric-lint-what-rubric = bộ tiêu chí
rubric-lint-missing-legal-basis = bộ tiêu chí không có `legal_basis`: hãy ghi văn bản pháp lý làm căn cứ (thông tư, kế hoạch, công văn)
rubric-lint-why-levels-no-points = bộ tiêu chí theo mức độ không tính điểm
rubric-lint-duplicate-group = mã nhóm `{ $id }` bị trùng
rubric-lint-what-group = nhóm `{ $id }`
rubric-lint-duplicate-criterion = mã tiêu chí `{ $id }` bị trùng
rubric-lint-unknown-group = nhóm `{ $group }` không được khai báo trong [[groups]] (có: { $declared })
rubric-lint-no-criteria = tệp tiêu chí không có tiêu chí nào ([[criteria]])
rubric-lint-empty-group = nhóm `{ $id }` không có tiêu chí nào
rubric-lint-group-sum = nhóm `{ $id }`: điểm tối đa các tiêu chí ({ $criteria }) cộng lại là { $sum }, nhưng `max_points` của nhóm là { $max }
rubric-lint-rubric-sum = điểm tối đa của { $count } tiêu chí cộng lại là { $sum }, nhưng `max_points` của bộ tiêu chí là { $max }
rubric-lint-needs-classification = bộ tiêu chí tính điểm cần bảng [classification] (xếp loại theo tổng điểm)
rubric-lint-why-levels-use-recognition = bộ tiêu chí theo mức độ dùng [recognition]
rubric-lint-duplicate-grade = xếp loại `{ $id }` bị trùng
rubric-lint-grade-unreachable = xếp loại `{ $id }` cần { $points } điểm, hơn tổng tối đa { $max }: không bao giờ đạt
rubric-lint-needs-zero-grade = {"["}classification] cần một xếp loại có `min_points = "0"` cho mọi tổng điểm thấp
rubric-lint-needs-recognition = bộ tiêu chí theo mức độ cần bảng [recognition] (quy tắc công nhận)
rubric-lint-why-points-use-classification = bộ tiêu chí tính điểm dùng [classification]
rubric-lint-duplicate-level = mức `{ $level }` bị khai báo hai lần
rubric-lint-what-criterion = tiêu chí
rubric-lint-missing-max = thiếu `max_points` (điểm tối đa của tiêu chí)
rubric-lint-unknown-unit-kind = loại đơn vị `{ $kind }` không hợp lệ; chấp nhận: { $accepted }
rubric-lint-why-levels-use-levels = bộ tiêu chí theo mức độ dùng `level_1`/`level_2`
rubric-lint-why-only-with-bands = chỉ dùng với `bands`
rubric-lint-why-points-use-bands-or-cases = bộ tiêu chí tính điểm dùng `bands` hoặc `cases`
rubric-lint-why-members-use-bands = tiêu chí có `members` tính theo `bands`
rubric-lint-why-only-with-members-and-bands = chỉ dùng với `members` và `bands`
rubric-lint-why-bands-need-members = `bands` cần `members` (tỷ lệ thành viên)
rubric-lint-duplicate-sub-item = mục con `{ $id }` bị trùng
rubric-lint-sub-items-sum = điểm các mục con cộng lại là { $sum }, điểm tối đa của tiêu chí là { $max }
rubric-lint-unknown-title = danh hiệu `{ $title }` không hợp lệ; chấp nhận: { $accepted }
rubric-lint-members-needs-test = `members` cần `all_of` (các cột có/không) hoặc `title_at_least` (danh hiệu tối thiểu)
rubric-lint-needs-bands = tiêu chí tính theo tỷ lệ thành viên cần `bands` (các khoảng tỷ lệ và điểm)
rubric-lint-points-exceed-max = { $points } điểm vượt quá điểm tối đa { $max } của tiêu chí
rubric-lint-what-band = khoảng { $range }
rubric-lint-bands-empty = `bands` rỗng
rubric-lint-invalid-gap-policy = `gap_policy = "{ $policy }"` không hợp lệ; chấp nhận: next-lower, zero
rubric-lint-band-overlap = khoảng { $first } và { $second } chồng lên nhau: một tỷ lệ thuộc cả hai
rubric-lint-band-gap = khoảng { $gap } ({ $label }) không thuộc khoảng nào; khai báo `gap_policy` (next-lower hoặc zero) hoặc thêm khoảng
rubric-lint-gap-effect-next-lower = tính theo khoảng thấp hơn liền kề { $band } ({ $points } điểm)
rubric-lint-gap-effect-zero = tính 0 điểm
rubric-lint-band-gap-declared = khoảng { $gap } ({ $label }) không thuộc khoảng nào; tệp khai báo `gap_policy = "{ $policy }"`: { $effect }, kèm cảnh báo
rubric-lint-why-bands-cover-all = các khoảng đã phủ kín 0–100 %
rubric-lint-band-order = khoảng { $band } cho { $points } điểm, ít hơn khoảng thấp hơn { $lower } ({ $lower_points } điểm): điểm giảm khi tỷ lệ tăng
rubric-lint-equal-bands = hai khoảng liền nhau { $lower } và { $upper } cùng cho { $points } điểm (thừa nhưng hợp lệ)
rubric-lint-best-band-below-max = khoảng cao nhất cho { $top } điểm, nhưng `max_points` là { $max }: tiêu chí không bao giờ đạt điểm tối đa
rubric-lint-best-case-below-max = trường hợp cao nhất cho { $top } điểm, nhưng `max_points` là { $max }: tiêu chí không bao giờ đạt điểm tối đa
rubric-lint-why-members-use-min-percent = tiêu chí có `members` dùng `min_percent`
rubric-lint-level-needs-min-percent = `level_{ $level }` cần `min_percent`
rubric-lint-min-percent-range = `min_percent` phải từ 0 đến 100
rubric-lint-needs-level-1-threshold = cần `level_1` (ngưỡng mức độ 1)
rubric-lint-level-order-percent = ngưỡng mức độ 2 ({ $level_2 } %) thấp hơn ngưỡng mức độ 1 ({ $level_1 } %)
rubric-lint-needs-members-or-cases = cần `members` (tỷ lệ thành viên, với `bands`) hoặc `cases` (dữ kiện của đơn vị)
rubric-lint-cases-empty = `cases` rỗng
rubric-lint-why-unit-level-uses-when = tiêu chí cấp đơn vị dùng `when`
rubric-lint-level-needs-when = `level_{ $level }` cần `when` (điều kiện trên dữ kiện)
rubric-lint-needs-level-1-conditions = cần `level_1` (điều kiện mức độ 1)
rubric-lint-level-order-fact = mức độ 2 đòi `{ $fact } ≥ { $level_2 }`, thấp hơn mức độ 1 (`≥ { $level_1 }`)
rubric-validity-not-a-date = {"["}validity] `{ $key } = { $value }` không phải ngày; viết dạng 2024-01-01
rubric-validity-from-after-until = {"["}validity] `valid_from = { $from }` sau `valid_until = { $until }`
rubric-validity-superseded-by-itself = {"["}validity] `superseded_by = "{ $name }"` là chính bộ tiêu chí này
rubric-validity-superseded-by-unknown = {"["}validity] `superseded_by = "{ $name }"` không phải bộ tiêu chí đã biết ({ $known }) hay một văn bản có số hiệu (như "Thông tư 24/2023/TT-BGDĐT")
rubric-validity-empty = {"["}validity] không ghi `valid_from`, `valid_until` hay `superseded_by`
rubric-validity-missing-source = {"["}validity] không có `source`: hãy ghi văn bản quy định thời hạn áp dụng
rubric-lint-unknown-key = khóa không hợp lệ `{ $key }`{ $hint }; các khóa được phép ở đây: { $known }
rubric-range-not-a-range = `{ $range }` không phải khoảng phần trăm: viết dạng khoảng, ví dụ "[80,100)" cho 80 % ≤ tỷ lệ < 100 % hoặc "[100,100]" cho đúng 100 %
rubric-range-bounds = khoảng `{ $range }` cần 0 ≤ cận dưới ≤ cận trên ≤ 100
rubric-range-empty = khoảng `{ $range }` rỗng; đúng một giá trị viết dạng "[100,100]"

## calendar (as-of reason, long dates)

calendar-as-of-flag = theo tùy chọn --as-of
calendar-as-of-submitted-on = ngày nộp hồ sơ ghi trong evidence.toml (`[unit] submitted_on`)
calendar-as-of-deadline = hạn nộp hồ sơ, vì evidence.toml không ghi ngày nộp (`[unit] submitted_on`) và hôm nay đã qua hạn
calendar-as-of-today-before-deadline = hôm nay, vì evidence.toml không ghi ngày nộp (`[unit] submitted_on`) và chưa đến hạn nộp hồ sơ
calendar-as-of-today-no-year = hôm nay, vì không có năm đánh giá ([unit] year) để tính hạn nộp hồ sơ
# Nghị định 30/2020/NĐ-CP: $day và $month đã có số 0 đứng trước khi cần (05, 01, 02).
calendar-long-date = ngày { $day } tháng { $month } năm { $year }

## report/summary (place and date, members needed)

summary-place-date = { $place }, { $date }
summary-date-blank = ngày …… tháng …… năm ……
summary-members-needed = Cần thêm { $needed } thành viên đạt.
summary-members-needed-of-listed = Cần thêm { $needed } thành viên đạt, trong số { $listed } người chưa đạt dưới đây.

## report/dossier/points (meeting date)

dossier-points-meeting-date-blank = ngày …… tháng …… năm ……

## narrative

narrative-no-rubric-section = { $path }: không có mục [{ $rubric }."…"] cho bộ tiêu chí đang dùng (có: { $found }); các phần mô tả, điểm mạnh, điểm yếu để dòng chấm để viết tay

## commands/batch (progress bar)

cmd-batch-progress-units = đơn vị
cmd-batch-progress-eta = còn { $eta }
