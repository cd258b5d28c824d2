// Vietnamese for the article editor (HugeRTE): every menu, button, dialog and status-bar text
// the configured plugins show. Our own translation, in the newsroom's words; keys are the
// editor's English strings. Loaded before editor.js, so the editor never fetches a pack itself.
window.hugerte && window.hugerte.addI18n('vi', {
  // editing and history
  'Undo': 'Hoàn tác', 'Redo': 'Làm lại', 'Cut': 'Cắt', 'Copy': 'Sao chép', 'Paste': 'Dán',
  'Paste as text': 'Dán dạng chữ thường', 'Select all': 'Chọn tất cả', 'New document': 'Văn bản mới',
  'Visual aids': 'Đường kẻ hỗ trợ', 'Remove': 'Xóa', 'Print': 'In', 'Print...': 'In...', 'Save': 'Lưu',
  'Cancel': 'Hủy', 'Close': 'Đóng', 'Ok': 'Đồng ý', 'OK': 'Đồng ý', 'Yes': 'Có', 'No': 'Không', 'None': 'Không',
  'Error': 'Lỗi', 'Loading...': 'Đang tải...', 'Select...': 'Chọn...', 'Preferences': 'Tùy chọn', 'Help': 'Trợ giúp',
  'history': 'lịch sử', 'styles': 'kiểu chữ', 'formatting': 'định dạng', 'alignment': 'căn lề',
  'indentation': 'thụt lề',
  'Your browser doesn\'t support direct access to the clipboard. Please use the Ctrl+X/C/V keyboard shortcuts instead.':
    'Trình duyệt không cho phép truy cập bộ nhớ tạm. Hãy dùng tổ hợp phím Ctrl+X, Ctrl+C, Ctrl+V.',
  'Dropped file type is not supported': 'Không hỗ trợ loại tệp vừa thả vào',

  // menus
  'File': 'Tệp', 'Edit': 'Sửa', 'Insert': 'Chèn', 'View': 'Xem', 'Format': 'Định dạng', 'Table': 'Bảng',
  'Tools': 'Công cụ', 'More...': 'Thêm...', 'Reveal or hide additional toolbar items': 'Hiện hoặc ẩn thêm công cụ',
  'Text color': 'Màu chữ', 'Background color': 'Màu nền', 'Text color {0}': 'Màu chữ {0}',
  'Background color {0}': 'Màu nền {0}', 'Custom color': 'Màu tùy chọn', 'Remove color': 'Bỏ màu',
  'Line height': 'Giãn dòng', 'Fonts': 'Phông chữ', 'Font sizes': 'Cỡ chữ', 'System Font': 'Phông chữ hệ thống',
  'Font {0}': 'Phông chữ {0}', 'Font size {0}': 'Cỡ chữ {0}', 'Format {0}': 'Định dạng {0}', 'Block {0}': 'Khối {0}',
  'Alignment {0}': 'Căn lề {0}',

  // character formats
  'Bold': 'Đậm', 'Italic': 'Nghiêng', 'Underline': 'Gạch chân', 'Strikethrough': 'Gạch ngang',
  'Superscript': 'Chỉ số trên', 'Subscript': 'Chỉ số dưới', 'Code': 'Mã', 'Clear formatting': 'Xóa định dạng',

  // blocks
  'Formats': 'Định dạng', 'Headings': 'Tiêu đề', 'Blocks': 'Kiểu đoạn', 'Block': 'Khối', 'Inline': 'Trong dòng',
  'Paragraph': 'Đoạn văn', 'Heading 1': 'Tiêu đề 1', 'Heading 2': 'Tiêu đề mục', 'Heading 3': 'Tiêu đề nhỏ',
  'Heading 4': 'Tiêu đề 4', 'Heading 5': 'Tiêu đề 5', 'Heading 6': 'Tiêu đề 6', 'Blockquote': 'Trích dẫn',
  'Div': 'Khung', 'Pre': 'Định dạng sẵn', 'Preformatted': 'Định dạng sẵn', 'Class': 'Lớp',
  'Horizontal line': 'Đường kẻ ngang',

  // alignment and lists
  'Align': 'Căn lề', 'Alignment': 'Căn lề', 'Align left': 'Căn trái', 'Align center': 'Căn giữa',
  'Align right': 'Căn phải', 'Justify': 'Căn đều', 'No alignment': 'Không căn lề',
  'Left': 'Trái', 'Center': 'Giữa', 'Right': 'Phải', 'Top': 'Trên', 'Middle': 'Giữa', 'Bottom': 'Dưới',
  'Bullet list': 'Danh sách gạch đầu dòng', 'Numbered list': 'Danh sách đánh số',
  'Decrease indent': 'Giảm thụt lề', 'Increase indent': 'Tăng thụt lề',
  'List Properties': 'Thuộc tính danh sách', 'List properties...': 'Thuộc tính danh sách...',
  'Start list at number': 'Bắt đầu đánh số từ',

  // links
  'Link...': 'Liên kết...', 'Link': 'Liên kết', 'Insert/edit link': 'Chèn/sửa liên kết', 'Insert/Edit Link': 'Chèn/sửa liên kết',
  'Browse links': 'Chọn liên kết', 'Remove link': 'Bỏ liên kết',
  'Open link': 'Mở liên kết', 'URL': 'Địa chỉ (URL)', 'Text to display': 'Chữ hiển thị', 'Title': 'Tiêu đề',
  'Open link in...': 'Mở liên kết trong...', 'Current window': 'Cửa sổ hiện tại', 'New window': 'Cửa sổ mới',
  'Link list': 'Văn bản trên cổng', 'Anchors': 'Điểm neo',
  'The URL you entered seems to be an email address. Do you want to add the required mailto: prefix?':
    'Địa chỉ vừa nhập giống một địa chỉ thư điện tử. Thêm tiền tố mailto: vào trước?',
  'The URL you entered seems to be an external link. Do you want to add the required http:// prefix?':
    'Địa chỉ vừa nhập giống một liên kết ra ngoài. Thêm tiền tố http:// vào trước?',
  'The URL you entered seems to be an external link. Do you want to add the required https:// prefix?':
    'Địa chỉ vừa nhập giống một liên kết ra ngoài. Thêm tiền tố https:// vào trước?',

  // images
  'Image...': 'Hình ảnh...', 'Image': 'Hình ảnh', 'Insert/edit image': 'Chèn/sửa ảnh', 'Insert/Edit Image': 'Chèn/sửa ảnh',
  'Browse files': 'Chọn tệp', 'Source': 'Địa chỉ ảnh',
  'Image list': 'Ảnh trong thư viện', 'Image title': 'Tiêu đề ảnh',
  'Alternative description': 'Mô tả ảnh (cho người khiếm thị)', 'Image is decorative': 'Ảnh chỉ để trang trí',
  'Accessibility': 'Trợ năng', 'Show caption': 'Hiện chú thích', 'Caption': 'Chú thích',
  'Image caption: type here, or leave empty for none': 'Chú thích ảnh: gõ vào đây, để trống nếu không cần',
  'Upload': 'Tải lên', 'General': 'Chung', 'Advanced': 'Nâng cao', 'Browse for an image': 'Chọn ảnh trên máy',
  'Drop an image here': 'Thả ảnh vào đây', 'Uploading image': 'Đang tải ảnh lên', 'Image uploading...': 'Đang tải ảnh lên...',
  'Failed to upload image: {0}': 'Không tải được ảnh lên: {0}', 'Width': 'Rộng', 'Height': 'Cao',
  'Constrain proportions': 'Giữ tỉ lệ', 'Dimensions': 'Kích thước', 'Vertical space': 'Khoảng cách dọc',
  'Horizontal space': 'Khoảng cách ngang', 'Border width': 'Độ dày viền', 'Border style': 'Kiểu viền',
  'Style': 'Kiểu', 'Resize': 'Đổi kích thước',

  // tables
  'Table...': 'Bảng...', 'Insert table': 'Chèn bảng', 'Table properties': 'Thuộc tính bảng',
  'Delete table': 'Xóa bảng', 'Cell': 'Ô', 'Row': 'Hàng', 'Column': 'Cột', 'Cols': 'Số cột', 'Rows': 'Số hàng',
  'Cell properties': 'Thuộc tính ô', 'Row properties': 'Thuộc tính hàng', 'Table Properties': 'Thuộc tính bảng',
  'Cell Properties': 'Thuộc tính ô', 'Row Properties': 'Thuộc tính hàng', 'Merge cells': 'Gộp ô', 'Split cell': 'Tách ô',
  'Insert row before': 'Chèn hàng phía trên', 'Insert row after': 'Chèn hàng phía dưới', 'Delete row': 'Xóa hàng',
  'Insert column before': 'Chèn cột bên trái', 'Insert column after': 'Chèn cột bên phải', 'Delete column': 'Xóa cột',
  'Cut row': 'Cắt hàng', 'Cut column': 'Cắt cột', 'Copy row': 'Sao chép hàng', 'Copy column': 'Sao chép cột',
  'Paste row before': 'Dán hàng lên trên', 'Paste row after': 'Dán hàng xuống dưới',
  'Paste column before': 'Dán cột sang trái', 'Paste column after': 'Dán cột sang phải',
  'Cell spacing': 'Khoảng cách giữa các ô', 'Cell padding': 'Lề trong ô', 'Table styles': 'Kiểu bảng',
  'Cell styles': 'Kiểu ô', 'Column header': 'Cột tiêu đề', 'Row header': 'Hàng tiêu đề', 'Header row': 'Hàng tiêu đề',
  'Table caption': 'Tên bảng', 'Cell type': 'Loại ô', 'Scope': 'Phạm vi', 'Horizontal align': 'Căn ngang',
  'Vertical align': 'Căn dọc', 'Header cell': 'Ô tiêu đề', 'Row group': 'Nhóm hàng', 'Column group': 'Nhóm cột',
  'Row type': 'Loại hàng', 'Header': 'Đầu bảng', 'Body': 'Thân bảng', 'Footer': 'Chân bảng', 'Border': 'Viền',
  'Border color': 'Màu viền', 'Solid': 'Liền', 'Dotted': 'Chấm', 'Dashed': 'Gạch', 'Double': 'Đôi',
  'Groove': 'Rãnh', 'Ridge': 'Gờ', 'Inset': 'Lõm', 'Outset': 'Nổi', 'Hidden': 'Ẩn',
  '{0} columns, {1} rows': '{0} cột, {1} hàng',

  // colours (the table dialogs' colour pickers)
  'Color': 'Màu', 'Color swatch': 'Bảng màu', 'aria.color.picker': 'Chọn màu', 'aria.input.invalid': 'Giá trị không hợp lệ', 'Color Picker': 'Chọn màu', 'Invalid hex color code: {0}': 'Mã màu hex không hợp lệ: {0}',
  'Invalid input': 'Giá trị không hợp lệ', 'invalid': 'Không hợp lệ', 'R': 'Đỏ', 'G': 'Lục', 'B': 'Lam', '#': '#',
  'Red component': 'Thành phần đỏ', 'Green component': 'Thành phần lục', 'Blue component': 'Thành phần lam',
  'Hex color code': 'Mã màu hex', 'Range 0 to 255': 'Từ 0 đến 255', 'Saturation {0}%, Brightness {1}%': 'Độ bão hòa {0}%, độ sáng {1}%',
  'Green': 'Xanh lá', 'Blue': 'Xanh dương', 'Purple': 'Tím', 'Navy Blue': 'Xanh tím than', 'Dark Turquoise': 'Xanh ngọc đậm',
  'Yellow': 'Vàng', 'Orange': 'Cam', 'Red': 'Đỏ', 'Light Gray': 'Xám nhạt', 'Gray': 'Xám', 'Dark Red': 'Đỏ sẫm',
  'Medium Gray': 'Xám vừa', 'Dark Gray': 'Xám đậm', 'Light Green': 'Xanh lá nhạt', 'Light Yellow': 'Vàng nhạt',
  'Light Red': 'Đỏ nhạt', 'Light Purple': 'Tím nhạt', 'Light Blue': 'Xanh dương nhạt', 'Dark Purple': 'Tím sẫm',
  'Dark Blue': 'Xanh dương sẫm', 'Black': 'Đen', 'White': 'Trắng',

  // find and replace
  'Find and Replace': 'Tìm và thay thế', 'Find and replace': 'Tìm và thay thế', 'Find and replace...': 'Tìm và thay thế...',
  'Find': 'Tìm', 'Replace with': 'Thay bằng', 'Replace': 'Thay', 'Replace all': 'Thay tất cả', 'Previous': 'Trước',
  'Next': 'Tiếp', 'Match case': 'Phân biệt hoa thường', 'Find whole words only': 'Chỉ tìm nguyên từ',
  'Find in selection': 'Chỉ tìm trong vùng chọn', 'Could not find the specified string.': 'Không tìm thấy cụm từ này.',
  '{0} of {1}': '{0} / {1}',

  // source code, full screen
  'Source code': 'Mã nguồn HTML', 'Source Code': 'Mã nguồn HTML', 'Fullscreen': 'Toàn màn hình',

  // word count and status bar
  'Word count': 'Đếm chữ', 'Word Count': 'Đếm chữ', 'Count': 'Đếm', 'Document': 'Cả bài', 'Selection': 'Vùng chọn', 'Words': 'Số từ',
  'Characters': 'Số ký tự', 'Characters (no spaces)': 'Ký tự (không tính khoảng trắng)',
  '{0} words': '{0} từ', '{0} characters': '{0} ký tự', 'Words: {0}': 'Số từ: {0}',
  'Press {0} for help': 'Nhấn {0} để xem trợ giúp', 'Powered by {0}': 'Chạy trên {0}',
  'Press the Up and Down arrow keys to resize the editor.': 'Nhấn phím mũi tên lên, xuống để đổi chiều cao khung soạn thảo.',
  'Press the arrow keys to resize the editor.': 'Nhấn các phím mũi tên để đổi kích thước khung soạn thảo.',

  // the editing area, for screen readers
  'Rich Text Area': 'Vùng soạn thảo', 'Rich Text Area. Press ALT-0 for help.': 'Vùng soạn thảo. Nhấn ALT-0 để xem trợ giúp.',
  'Rich Text Area. Press ALT-0 for help': 'Vùng soạn thảo. Nhấn ALT-0 để xem trợ giúp',
  'To open the popup, press Shift+Enter': 'Nhấn Shift+Enter để mở hộp thoại',
  'Language': 'Ngôn ngữ', 'Failed to initialize plugin: {0}': 'Không khởi động được phần bổ sung: {0}'
});
