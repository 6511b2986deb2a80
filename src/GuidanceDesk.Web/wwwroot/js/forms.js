// Small enhancements shared by every form page. The pages work without it; this only helps keyboard and
// screen-reader users find the fields that need correcting, and asks before destructive actions.
(function () {
    'use strict';

    function linkErrors() {
        var first = null;
        document.querySelectorAll('.field-error.field-validation-error').forEach(function (span, i) {
            var name = span.getAttribute('data-valmsg-for');
            var input = name ? document.getElementsByName(name)[0] : null;
            if (!input) {
                return;
            }
            span.id = span.id || 'field-error-' + i;
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', span.id);
            first = first || input;
        });
        // The error summary is announced (role=alert); focus goes to the first field to correct.
        if (first && !document.querySelector('[autofocus]')) {
            first.focus();
        }
    }

    // <button data-confirm="..."> asks before submitting (remove a document, withdraw a consent).
    document.addEventListener('submit', function (e) {
        var button = e.submitter;
        if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
            e.preventDefault();
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', linkErrors);
    } else {
        linkErrors();
    }
})();
