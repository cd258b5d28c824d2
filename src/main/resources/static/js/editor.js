// The WYSIWYG editor for article bodies (TinyMCE, served from WebJars). Whatever it produces is
// sanitized again on the server; this only makes writing pleasant.
document.addEventListener('DOMContentLoaded', function () {
  var textarea = document.querySelector('textarea.rich-text');
  if (!textarea || !window.tinymce) {
    return;
  }
  var csrfToken = document.querySelector('meta[name="_csrf"]').getAttribute('content');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]').getAttribute('content');
  var uploadUrl = textarea.getAttribute('data-upload-url');

  function uploadImage(blobInfo) {
    var data = new FormData();
    data.append('file', blobInfo.blob(), blobInfo.filename());
    var headers = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };
    headers[csrfHeader] = csrfToken;
    return fetch(uploadUrl, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok || !json.location) {
            var message = json.error && json.error.message ? json.error.message : ('HTTP ' + response.status);
            return Promise.reject({ message: message, remove: true });
          }
          return json.location;
        });
      });
  }

  window.tinymce.init({
    target: textarea,
    language: document.documentElement.lang === 'vi' ? 'vi' : 'en',
    base_url: '/webjars/tinymce',
    suffix: '.min',
    promotion: false,
    branding: false,
    height: 560,
    menubar: 'edit insert format table',
    plugins: 'lists link image table autolink searchreplace code wordcount fullscreen',
    toolbar: 'undo redo | blocks | bold italic underline | bullist numlist blockquote | link image table | alignleft aligncenter alignright | removeformat code fullscreen',
    block_formats: 'Đoạn văn=p; Tiêu đề mục=h2; Tiêu đề nhỏ=h3; Trích dẫn=blockquote',
    image_caption: true,
    image_title: false,
    image_dimensions: false,
    automatic_uploads: true,
    images_upload_handler: uploadImage,
    images_file_types: 'jpeg,jpg,png,webp',
    relative_urls: false,
    remove_script_host: true,
    convert_urls: true,
    link_default_target: '_blank',
    content_css: '/css/editor-content.css',
    valid_styles: {},
    invalid_elements: 'script,style,iframe,object,embed,form,input',
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });
});
