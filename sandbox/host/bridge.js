/* global window, document, fetch */
/*
 * The Forge host's side of @forge/bridge, injected by the sandbox at the top of each frame's <head> after
 * `window.__SANDBOX_FRAME__ = { frame, theme, offsetMs }`. Every `callBridge(type, payload)` goes to
 * POST /sandbox/bridge with the frame's description; the server answers as Jira would (getContext, invoke, submit,
 * enableTheming). The frame's clock follows the simulated site's clock, so "updated 2 hours ago" agrees with it.
 */
(function () {
  'use strict';
  var config = window.__SANDBOX_FRAME__;
  var RealDate = Date;
  var offset = config.offsetMs || 0;

  function SandboxDate() {
    if (!(this instanceof SandboxDate)) return new RealDate(RealDate.now() + offset).toString();
    if (arguments.length === 0) return new RealDate(RealDate.now() + offset);
    var args = [null].concat(Array.prototype.slice.call(arguments));
    return new (Function.prototype.bind.apply(RealDate, args))();
  }
  SandboxDate.prototype = RealDate.prototype;
  SandboxDate.now = function () {
    return RealDate.now() + offset;
  };
  SandboxDate.parse = RealDate.parse;
  SandboxDate.UTC = RealDate.UTC;
  window.Date = SandboxDate;

  document.documentElement.setAttribute('data-color-mode', config.theme);

  function callBridge(type, payload) {
    return fetch('/sandbox/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ type: type, payload: payload, frame: config.frame }),
    }).then(function (response) {
      return response.json().then(function (body) {
        if (body && body.now) offset = RealDate.parse(body.now) - RealDate.now();
        if (!response.ok) {
          var error = new Error(
            (body && body.error && body.error.message) || 'The sandbox host answered ' + response.status,
          );
          error.code = body && body.error && body.error.code;
          throw error;
        }
        if (type === 'enableTheming' && body.theme)
          document.documentElement.setAttribute('data-color-mode', body.theme);
        if (type === 'submit' && body.answer === true && window.parent !== window) {
          window.parent.postMessage(
            { source: 'okr-sandbox-frame', type: 'submitted', frame: config.frame },
            window.location.origin,
          );
        }
        return body.answer === null ? undefined : body.answer;
      });
    });
  }

  window.__bridge = { callBridge: callBridge };
})();
