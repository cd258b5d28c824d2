// Passkeys (WebAuthn) for staff: the ceremonies of Spring Security's own script
// (spring-security-webauthn.js, served at /login/webauthn.js by its generated pages) against its
// endpoints, with the CSRF token from the page's meta tags. Registration on the account's page,
// the second login step on /login/code.
(function () {
  'use strict';
  function b64encode(buffer) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(buffer))).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  function b64decode(text) {
    var bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out.buffer;
  }
  function post(url, body) {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }
  function showError() {
    var error = document.getElementById('passkey-error');
    if (error) { error.hidden = false; }
  }
  function register(button) {
    var label = document.getElementById('passkey-label');
    if (!label.value.trim()) { label.reportValidity(); return; }
    post('/webauthn/register/options').then(function (options) {
      options.user.id = b64decode(options.user.id);
      options.challenge = b64decode(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) { return Object.assign({}, c, { id: b64decode(c.id) }); });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (cred) {
      return post('/webauthn/register', { publicKey: { label: label.value.trim(), credential: {
        id: cred.id, rawId: b64encode(cred.rawId), type: cred.type,
        response: { attestationObject: b64encode(cred.response.attestationObject), clientDataJSON: b64encode(cred.response.clientDataJSON),
          transports: cred.response.getTransports ? cred.response.getTransports() : [] },
        clientExtensionResults: cred.getClientExtensionResults(), authenticatorAttachment: cred.authenticatorAttachment } } });
    }).then(function (answer) {
      if (!answer || !answer.success) { throw new Error('refused'); }
      window.location.href = button.getAttribute('data-done');
    }).catch(function (err) { console.warn(err); showError(); });
  }
  function logIn() {
    post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = b64decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) { return Object.assign({}, c, { id: b64decode(c.id) }); });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (cred) {
      return post('/login/webauthn', { id: cred.id, rawId: b64encode(cred.rawId), credType: cred.type,
        response: { authenticatorData: b64encode(cred.response.authenticatorData), clientDataJSON: b64encode(cred.response.clientDataJSON),
          signature: b64encode(cred.response.signature), userHandle: cred.response.userHandle ? b64encode(cred.response.userHandle) : undefined },
        clientExtensionResults: cred.getClientExtensionResults(), authenticatorAttachment: cred.authenticatorAttachment });
    }).then(function (answer) {
      if (!answer || !answer.authenticated || !answer.redirectUrl) { throw new Error('refused'); }
      window.location.href = answer.redirectUrl;
    }).catch(function (err) { console.warn(err); showError(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.PublicKeyCredential) { return; }
    var registerButton = document.getElementById('passkey-register');
    if (registerButton) { registerButton.addEventListener('click', function () { register(registerButton); }); }
    var loginButton = document.getElementById('passkey-login');
    if (loginButton) { loginButton.addEventListener('click', logIn); }
  });
})();
