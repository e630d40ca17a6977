# Danh mục thông báo tiếng Việt của dvht (ngôn ngữ mặc định).
# Mỗi khóa phải có ở cả en.ftl với cùng các biến ($tên); bài kiểm tra catalog kiểm tra điều đó.
# Số đã được dvht định dạng sẵn (dấu phẩy thập phân, ngày) và được truyền vào dưới dạng chữ.

## Lỗi: khung chung

err-prefix = dvht: { $body }
err-at = { $at }: { $body }
did-you-mean = có phải ý bạn là `{ $suggestion }`?
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
err-missing-column = thiếu cột `{ $name }` ({ $header_vi }); tiêu đề được chấp nhận: { $accepted }
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

## Thư mục đơn vị (batch)

err-no-units = không có thư mục nào chứa roster.csv: không có đơn vị để chấm
