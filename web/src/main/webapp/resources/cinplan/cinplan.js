/*
 * cinplan's page behaviour, loaded on every page (no inline script: the pages run under a content security policy).
 * An error summary takes focus when it appears, on a page load or after an ajax update, so a refused form is never
 * missed; its links move focus to the field in error (GOV.UK error summary).
 */
(function () {
    'use strict';

    function focusErrorSummary() {
        var summaries = document.querySelectorAll('.error-summary');
        for (var i = 0; i < summaries.length; i++) {
            if (!summaries[i].hasAttribute('data-seen')) {
                summaries[i].setAttribute('data-seen', 'true');
                summaries[i].focus();
                return;
            }
        }
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.error-summary a[data-field]') : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute('data-field'));
        if (field) {
            event.preventDefault();
            var label = document.querySelector('label[for="' + field.id + '"]');
            (label || field).scrollIntoView();
            field.focus({preventScroll: true});
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusErrorSummary);
    } else {
        focusErrorSummary();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusErrorSummary);
    } else {
        window.addEventListener('load', function () {
            if (window.jQuery) {
                window.jQuery(document).on('pfAjaxComplete', focusErrorSummary);
            }
        });
    }
})();
